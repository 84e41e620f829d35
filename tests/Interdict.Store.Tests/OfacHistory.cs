using System.Text;
using CsvHelper;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Testing;

namespace Interdict.Store.Tests;

/// <summary>The four daily OFAC SDN publications of 2024-04-26 … 2024-05-03 in ../shared, loaded once per test run,
/// and what an independent reading of their rows says changed between them.</summary>
internal static class OfacHistory
{
    public static readonly string[] Files =
        [.. new[] { "2024-04-26", "2024-05-01", "2024-05-02", "2024-05-03" }.Select(date => SharedData.Lists("ofac-sdn", "history", $"sdn_{date}.csv"))];

    private static readonly Lazy<LoadedList[]> Loaded = new(() => [.. Files.Select(Load)]);

    public static IReadOnlyList<LoadedList> Lists => Loaded.Value;

    public static LoadedList Load(string path) => Assert.Single(ListLoader.Load([path]).Lists);

    /// <summary>The file's rows by ent_num (the first column), each row as its twelve fields, read with a plain CSV
    /// parser rather than Interdict's reader.</summary>
    public static Dictionary<string, string> RowsByEntNum(string path)
    {
        // Latin-1 maps every byte to one character: rows compare equal exactly when their bytes do.
        using var csv = CsvReader.FromText(File.ReadAllText(path, Encoding.Latin1),
            new CsvReaderOptions { HasHeader = false, FieldCountMismatch = CsvFieldCountHandling.Allow });
        var rows = new Dictionary<string, string>();
        while (csv.Read())
        {
            // The file ends with an end-of-file character (0x1A) on a line of its own.
            if (csv.FieldCount != 12) continue;
            rows[csv.GetString(0)!] = string.Join('\u001f', Enumerable.Range(0, 12).Select(i => csv.GetString(i)));
        }
        return rows;
    }

    /// <summary>Added, removed and changed rows from one file to the next, by ent_num.</summary>
    public static (int Added, int Removed, int Changed) RowDifference(string before, string after)
    {
        var old = RowsByEntNum(before);
        var current = RowsByEntNum(after);
        return (current.Keys.Count(k => !old.ContainsKey(k)), old.Keys.Count(k => !current.ContainsKey(k)),
            current.Count(kv => old.TryGetValue(kv.Key, out var row) && row != kv.Value));
    }
}
