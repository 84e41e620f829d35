using System.IO.Compression;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Own;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Own;

public sealed class OwnListLoadingTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Loader_recognises_the_csv_block_list_by_its_first_row()
    {
        Assert.IsType<OwnCsvFormat>(ListFormats.Recognize(FileHead.Read(OwnListExamples.BlockCsv)));

        var list = Assert.Single(ListLoader.Load([OwnListExamples.BlockCsv]).Lists);

        Assert.Equal(("own-acme-blocked", ListKind.Block, 5), (list.Version.SourceId, list.Version.Kind, list.Entities.Count));
    }

    [Fact]
    public void Loader_recognises_the_json_lines_allow_list_by_its_first_line()
    {
        Assert.IsType<OwnJsonLinesFormat>(ListFormats.Recognize(FileHead.Read(OwnListExamples.AllowJsonLines)));

        var list = Assert.Single(ListLoader.Load([OwnListExamples.AllowJsonLines]).Lists);

        Assert.Equal(("own-acme-cleared", ListKind.Allow, 3), (list.Version.SourceId, list.Version.Kind, list.Entities.Count));
    }

    /// <summary>Content decides, not the name: the lists renamed to .txt, one of them zipped, still load.</summary>
    [Fact]
    public void Directory_of_renamed_and_zipped_own_lists_loads_both()
    {
        File.Copy(OwnListExamples.BlockCsv, _scratch.File("blocked.txt"));
        using (var zip = ZipFile.Open(_scratch.File("cleared.zip"), ZipArchiveMode.Create))
            zip.CreateEntryFromFile(OwnListExamples.AllowJsonLines, "cleared.txt");

        var report = ListLoader.Load([_scratch.Path]);

        Assert.True(report.Notices.Count == 0, string.Join("\n", report.Notices));
        Assert.Equal(
            [("own-acme-blocked", ListKind.Block, 5), ("own-acme-cleared", ListKind.Allow, 3)],
            report.Lists.Select(l => (l.Version.SourceId, l.Version.Kind, l.Entities.Count)).OrderBy(t => t.SourceId));
    }

    /// <summary>A spreadsheet saved as CSV keeps empty rows as runs of commas; they and blank lines are no entries.
    /// Row numbers count records, so a blank line does not shift them but an empty row does.</summary>
    [Fact]
    public void Blank_lines_and_empty_spreadsheet_rows_are_skipped()
    {
        var lines = File.ReadAllLines(OwnListExamples.BlockCsv).ToList();
        lines.InsertRange(3, ["", ",,,,,,,"]);
        lines[6] = lines[6].Replace(",Vessel,", ",Boat,", StringComparison.Ordinal);
        var path = _scratch.File("with-empty-rows.csv");
        File.WriteAllLines(path, lines);
        File.WriteAllLines(_scratch.File("valid.csv"), lines.Select(line => line.Replace(",Boat,", ",Vessel,", StringComparison.Ordinal)));

        Assert.Equal(5, OwnCsvReader.Read(_scratch.File("valid.csv")).Entities.Count);
        OwnListExamples.AssertRefused(() => OwnCsvReader.Read(path), path, "row 6, column 'schema'", "unknown schema 'Boat'");
    }

    /// <summary>The own formats claim no official list, nor FollowTheMoney JSON lines, whose lines are objects too.</summary>
    [Theory]
    [InlineData("un", "un_consolidated_2026-02-27.xml")]
    [InlineData("uk", "OFSI_ConList_2025-04-14.xlsx")]
    [InlineData("ofac-cons", "2025-12-18", "cons_prim.csv")]
    [InlineData("ofac-enhanced", "CONS_ENHANCED_2025-01-10.zip")]
    [InlineData("us-csl", "csl_2023-11-30.csv")]
    [InlineData("us-csl", "csl_2022-05.csv.gz")]
    [InlineData("ftm", "mixed_sample.ftm.json")]
    [InlineData("ftm", "sample.delta.json")]
    public void Other_formats_files_are_not_claimed(params string[] parts)
    {
        var head = FileHead.Read(SharedData.Lists(parts));

        Assert.False(new OwnCsvFormat().Recognizes(head));
        Assert.False(new OwnJsonLinesFormat().Recognizes(head));
    }

    [Fact]
    public void Csv_without_the_list_header_is_not_claimed()
    {
        var path = _scratch.File("plain.csv");
        File.WriteAllLines(path, File.ReadAllLines(OwnListExamples.BlockCsv)[1..]);

        var error = Assert.Throws<ListDataException>(() => ListLoader.Load([path]));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("not a list format Interdict reads", error.Problem, StringComparison.Ordinal);
    }
}
