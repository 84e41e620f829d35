using Interdict.Core.Matching;
using Interdict.Sources.Loading;

namespace Interdict.Cli.Commands;

/// <summary>Which lists a command uses: --lists, else $INTERDICT_LISTS, else the bundled lists in ../shared.</summary>
internal static class ListSelection
{
    public const string EnvironmentVariable = "INTERDICT_LISTS";

    /// <summary>The bundled lists, relative to the repository root: every complete list of the shared data, in its
    /// newest complete version — OFAC SDN and consolidated, UN, UK OFSI, the US screening list (its 2023 file is cut
    /// short, so the 2022 one) with the BIS Denied Persons List, Canada and Australia. The EU and FCDO files there
    /// are four-entry excerpts, not lists to screen against.</summary>
    public static readonly string[] Bundled =
    [
        "../shared/lists/ofac-sdn/2023-12-28",
        "../shared/lists/ofac-cons/2025-12-18",
        "../shared/lists/un",
        "../shared/lists/uk/OFSI_ConList_2025-04-14.xlsx",
        "../shared/lists/us-csl/csl_2022-05.csv.gz",
        "../shared/lists/us-csl/bis_denied_persons_2023-11.txt",
        "../shared/lists/ca",
        "../shared/lists/au",
    ];

    public static IReadOnlyList<string> Resolve(string[]? given)
    {
        if (given is { Length: > 0 }) return given;
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return configured.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (Bundled.All(Path.Exists)) return Bundled;
        throw new UsageException(
            $"no lists given: pass --lists PATH or set {EnvironmentVariable}; the bundled lists (../shared/lists) are not beside {Directory.GetCurrentDirectory()}.");
    }

    public static LoadReport Load(string[]? given, CliConsole console)
    {
        var report = ListLoader.Load(Resolve(given));
        foreach (var notice in report.Notices) console.Error.WriteLine($"note: {notice}");
        return report;
    }

    public static ScreeningIndex LoadIndex(string[]? given, CliConsole console) =>
        ScreeningIndex.Build(Load(given, console).Lists);
}
