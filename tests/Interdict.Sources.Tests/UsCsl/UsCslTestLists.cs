using Interdict.Core.Model;
using Interdict.Sources.UsCsl;
using Interdict.Testing;

namespace Interdict.Sources.Tests.UsCsl;

/// <summary>The shared screening list files, each read once for all tests.</summary>
internal static class UsCslTestLists
{
    private static readonly Lazy<LoadedList> May2022 = new(() => UsCslReader.Read(Path("csl_2022-05.csv.gz")));

    public static string Path(string file) => SharedData.Lists("us-csl", file);

    /// <summary>The 2022-05 publication, gzip as published: 14,160 rows.</summary>
    public static LoadedList Csl2022 => May2022.Value;

    public static Entity Get(LoadedList list, string id) => Assert.Single(list.Entities, e => e.Id == id);

    /// <summary>The 2023-11-30 file is cut in the middle of its last record (no closing quote, no line end): a copy
    /// that ends with the last complete record, the whole file minus the damage.</summary>
    public static string CompleteRecordsOf2023(ScratchDirectory scratch)
    {
        var text = File.ReadAllText(Path("csl_2023-11-30.csv"));
        var copy = scratch.File("csl_2023-11-30_complete-records.csv");
        File.WriteAllText(copy, text[..(text.LastIndexOf('\n') + 1)]);
        return copy;
    }

    public static Dictionary<string, int> CountByCode(LoadedList list) =>
        list.Entities.GroupBy(e => e.Id.Split(':')[1]).ToDictionary(g => g.Key, g => g.Count());
}
