using Interdict.Sources.Loading;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Loading;

/// <summary>What the loader does across lists: deltas applied to their base, the screening list's copies of OFAC
/// lists left out, one publication shipped in two packagings loaded once.</summary>
public sealed class LoadAdjustmentTests
{
    [Fact]
    public void A_delta_given_with_its_ftm_entity_file_is_applied_to_it()
    {
        var report = ListLoader.Load([SharedData.Lists("ftm", "eu_fsf_sample.ftm.json"), SharedData.Lists("ftm", "sample.delta.json")]);

        var list = Assert.Single(report.Lists);
        Assert.Equal(7, list.Entities.Count);
        Assert.Contains(list.Entities, e => e.Id == "Q4365364" && e.Caption == "Vladimir Nikolaevich PLOTNIKOV");
        Assert.Equal(["main", "delta"], list.Version.Files.Select(f => f.Role));
        Assert.Equal(["eu_fsf: applied 1 delta file(s) (sample.delta.json): 6 → 7 entities"], report.Notices.Select(n => n.ToString()));
    }

    [Fact]
    public void A_delta_without_one_ftm_base_is_refused_naming_the_delta()
    {
        var delta = SharedData.Lists("ftm", "sample.delta.json");

        var alone = Assert.Throws<ListDataException>(() => ListLoader.Load([delta]));
        var folder = Assert.Throws<ListDataException>(() => ListLoader.Load([SharedData.Lists("ftm")]));

        Assert.Equal(delta, alone.FilePath);
        Assert.Contains("and none is loaded", alone.Message, StringComparison.Ordinal);
        Assert.Contains("and 2 are loaded (eu_fsf, ftm)", folder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ofac_entries_of_the_screening_list_are_left_out_when_ofac_is_loaded_and_lists_show_says_so()
    {
        var report = ListLoader.Load([SharedData.Lists("ofac-sdn", "2023-12-28"), SharedData.Lists("us-csl", "csl_2022-05.csv.gz")]);

        var csl = Assert.Single(report.Lists, l => l.Version.SourceId == "us-csl");
        Assert.Equal(14159 - 10026, csl.Entities.Count);
        Assert.DoesNotContain(csl.Entities, e => e.Id.StartsWith("us-csl:SDN:", StringComparison.Ordinal));
        Assert.Contains(csl.Entities, e => e.Id.StartsWith("us-csl:SSI:", StringComparison.Ordinal));
        Assert.Equal(["skipped 10,026 entries re-published from ofac-sdn, which is loaded itself"],
            report.NoticesFor("us-csl").Select(n => n.Message));
    }

    [Fact]
    public void The_screening_list_alone_keeps_its_ofac_entries()
    {
        var report = ListLoader.Load([SharedData.Lists("us-csl", "csl_2022-05.csv.gz")]);

        Assert.Equal(14159, Assert.Single(report.Lists).Entities.Count);
        Assert.Empty(report.Notices);
    }

    [Fact]
    public void One_publication_as_xml_and_as_zip_loads_once()
    {
        var report = ListLoader.Load([SharedData.Lists("ofac-enhanced")]);

        var list = Assert.Single(report.Lists);
        Assert.Equal(443, list.Entities.Count);
        Assert.Equal(
            ["ofac-cons: 2 files hold the same publication of 2025-01-10 (CONS_ENHANCED_2025-01-10.xml, CONS_ENHANCED_2025-01-10.zip); loaded CONS_ENHANCED_2025-01-10.xml"],
            report.Notices.Select(n => n.ToString()));
    }

    [Fact]
    public void Two_different_lists_of_one_source_and_date_are_refused()
    {
        using var scratch = new ScratchDirectory();
        var xml = SharedData.Lists("ofac-enhanced", "CONS_ENHANCED_2025-01-10.xml");
        var lines = File.ReadAllLines(xml).ToList();
        var firstEntity = lines.FindIndex(l => l.TrimStart().StartsWith("<entity ", StringComparison.Ordinal));
        var end = lines.FindIndex(firstEntity, l => l.Trim() == "</entity>");
        lines.RemoveRange(firstEntity, end - firstEntity + 1);
        File.WriteAllLines(scratch.File("CONS_ENHANCED_2025-01-10-shorter.xml"), lines);
        File.Copy(xml, scratch.File("CONS_ENHANCED_2025-01-10.xml"));

        var error = Assert.Throws<ListDataException>(() => ListLoader.Load([scratch.Path]));

        Assert.Contains("several versions of ofac-cons", error.Message, StringComparison.Ordinal);
        Assert.Contains("no clear newest one", error.Message, StringComparison.Ordinal);
    }
}
