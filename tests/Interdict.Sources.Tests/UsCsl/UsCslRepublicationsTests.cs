using Interdict.Sources.UsCsl;
using static Interdict.Sources.Tests.UsCsl.UsCslTestLists;

namespace Interdict.Sources.Tests.UsCsl;

public sealed class UsCslRepublicationsTests
{
    [Fact]
    public void Sdn_entries_are_dropped_when_the_sdn_list_is_loaded()
    {
        var (kept, notices) = UsCslRepublications.Without(Csl2022, new HashSet<string> { "ofac-sdn", "un" });

        Assert.Equal(["us-csl: skipped 10,026 entries re-published from ofac-sdn, which is loaded itself"], notices.Select(n => n.ToString()));
        Assert.Equal(14159 - 10026, kept.Entities.Count);
        Assert.DoesNotContain(kept.Entities, e => e.Id.StartsWith("us-csl:SDN:", StringComparison.Ordinal));
        Assert.Equal(290, CountByCode(kept)["SSI"]);
        Assert.Same(Csl2022.Version, kept.Version);
    }

    [Fact]
    public void Both_ofac_lists_loaded_leave_the_other_agencies_entries()
    {
        var (kept, notices) = UsCslRepublications.Without(Csl2022, new HashSet<string> { "ofac-sdn", "ofac-cons" });

        Assert.Equal(
            [
                "us-csl: skipped 508 entries re-published from ofac-cons, which is loaded itself",
                "us-csl: skipped 10,026 entries re-published from ofac-sdn, which is loaded itself",
            ],
            notices.Select(n => n.ToString()));
        Assert.Equal(
            new Dictionary<string, int> { ["EL"] = 2001, ["DTC"] = 727, ["DPL"] = 462, ["UVL"] = 201, ["ISN"] = 163, ["MEU"] = 71 },
            CountByCode(kept));
    }

    [Fact]
    public void Nothing_is_dropped_when_no_ofac_list_is_loaded()
    {
        var (kept, notices) = UsCslRepublications.Without(Csl2022, new HashSet<string> { "uk", "un", "us-csl" });

        Assert.Empty(notices);
        Assert.Same(Csl2022, kept);
    }

    [Fact]
    public void Lists_of_other_sources_pass_unchanged()
    {
        var dpl = BisDplReader.Read(Path("bis_denied_persons_2023-11.txt"));

        var (kept, notices) = UsCslRepublications.Without(dpl, new HashSet<string> { "ofac-sdn", "ofac-cons" });

        Assert.Same(dpl, kept);
        Assert.Empty(notices);
    }
}
