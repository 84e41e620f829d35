using Interdict.Sources.Loading;
using Interdict.Sources.Updating;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Updating;

/// <summary>A default update against a mirror serving a real file of every source: every file passes the check
/// and what lands in current/ loads as one list per source.</summary>
public sealed class DefaultUpdateTests : IDisposable
{
    private readonly UpdateBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task Every_default_source_is_fetched_checked_and_loads_from_current()
    {
        var served = new Dictionary<string, string>
        {
            ["ofac-sdn/SDN.XML"] = SharedData.Lists("ofac-cons", "xml", "CONSOLIDATED_2025-10-22.xml"),
            ["ofac-cons/CONSOLIDATED.XML"] = SharedData.Lists("ofac-cons", "xml", "CONSOLIDATED_2025-12-18.xml"),
            ["un/consolidated.xml"] = SharedData.Lists("un", "un_consolidated_2026-02-27.xml"),
            ["uk-fcdo/UK-Sanctions-List.xml"] = SharedData.Lists("uk", "FCDO_UK_Sanctions_List_excerpt_2026-08-14.xml"),
            ["eu-fsf/xmlFullSanctionsList_1_1.xml"] = SharedData.Lists("eu", "eu_fsf_xml_v1_1_excerpt_2026-08-05.xml"),
            ["us-csl/consolidated.csv"] = SharedData.Lists("us-csl", "csl_excerpt_2025-06.csv"),
            ["us-bis-dpl/dpl.txt"] = SharedData.Lists("us-csl", "bis_denied_persons_2023-11.txt"),
            ["ca-sema/sema-lmes.xml"] = SharedData.Lists("ca", "sema_consolidated_autonomous_sanctions.xml"),
            ["au-dfat/regulation8_consolidated.xlsx"] = SharedData.Lists("au", "dfat_consolidated_2024-11.xlsx"),
        };
        foreach (var (path, file) in served) _bench.Server.ServeFile(path, file);

        var records = await _bench.Update();

        Assert.Equal(served.Count, records.Count);
        Assert.All(records, r => Assert.Equal(UpdateOutcome.Updated, r.Outcome));
        var loaded = ListLoader.Load([_bench.Layout.CurrentDirectory]);
        Assert.Equal(["au", "ca", "eu", "ofac-cons", "ofac-sdn", "uk", "un", "us-bis-dpl", "us-csl"],
            loaded.Lists.Select(l => l.Version.SourceId).Order(StringComparer.Ordinal));
        Assert.Equal(4, loaded.Lists.Single(l => l.Version.SourceId == "eu").Entities.Count);
        Assert.Equal(4759, loaded.Lists.Single(l => l.Version.SourceId == "ca").Entities.Count);
    }
}
