using System.Diagnostics;
using System.Globalization;
using Interdict.Sources.Loading;

namespace Interdict.Bench;

/// <summary>
/// How long each source's real file takes to read, and what it holds: one row per file of ../shared/lists, the best
/// of three reads after one warm-up read (so the first read's JIT does not count).
/// </summary>
internal static class SourceLoading
{
    public const string Mode = "sources";

    private static readonly string[] Files =
    [
        "ofac-sdn/2023-12-28",
        "ofac-cons/2025-12-18",
        "ofac-cons/xml/CONSOLIDATED_2025-12-18.xml",
        "ofac-advanced/cons_advanced_2020-03-17.xml",
        "ofac-enhanced/CONS_ENHANCED_2025-01-10.xml",
        "ofac-enhanced/CONS_ENHANCED_2025-01-10.zip",
        "un/un_consolidated_2026-02-27.xml",
        "uk/OFSI_ConList_2025-04-14.xlsx",
        "uk/FCDO_UK_Sanctions_List_excerpt_2026-08-14.xml",
        "eu/eu_fsf_xml_v1_1_excerpt_2026-08-05.xml",
        "us-csl/csl_2022-05.csv.gz",
        "us-csl/csl_excerpt_2025-06.csv",
        "us-csl/bis_denied_persons_2023-11.txt",
        "ca/sema_consolidated_autonomous_sanctions.xml",
        "au/dfat_consolidated_2024-11.xlsx",
        "ftm/mixed_sample.ftm.json",
    ];

    public static void Run(string shared)
    {
        Console.WriteLine("| file | source | format | entities | names | read (ms) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var file in Files)
        {
            var path = Path.Combine(shared, "lists", file);
            var list = Assert(ListLoader.Load([path]));
            var best = Enumerable.Range(0, 3).Min(_ => Time(path));
            var names = list.Entities.Sum(e => e.Names.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{file}` | {list.Version.SourceId} | {list.Version.Format} | {list.Entities.Count:N0} | {names:N0} | {best:0} |"));
        }
    }

    private static Core.Model.LoadedList Assert(LoadReport report) =>
        report.Lists.Count == 1 ? report.Lists[0] : throw new InvalidOperationException($"{report.Lists.Count} lists loaded");

    private static double Time(string path)
    {
        var watch = Stopwatch.StartNew();
        ListLoader.Load([path]);
        return watch.Elapsed.TotalMilliseconds;
    }
}
