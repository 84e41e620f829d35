namespace Interdict.Bench;

/// <summary>Where the shared data is: ../shared from the repository root, or INTERDICT_SHARED.</summary>
internal static class Paths
{
    public static string Shared(string[] args)
    {
        _ = args;
        var configured = Environment.GetEnvironmentVariable("INTERDICT_SHARED");
        var path = string.IsNullOrEmpty(configured) ? Path.GetFullPath("../shared") : configured;
        if (!Directory.Exists(Path.Combine(path, "lists")))
            throw new InvalidOperationException($"No shared data at {path}: run from the repository root or set INTERDICT_SHARED.");
        return path;
    }

    /// <summary>The three lists the figures are measured on: OFAC SDN, UN and UK OFSI.</summary>
    public static string[] ScreeningLists(string shared) =>
    [
        Path.Combine(shared, "lists/ofac-sdn/2023-12-28"),
        Path.Combine(shared, "lists/un/un_consolidated_2026-02-27.xml"),
        Path.Combine(shared, "lists/uk/OFSI_ConList_2025-04-14.xlsx"),
    ];
}
