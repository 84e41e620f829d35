using System.Collections.Concurrent;
using Interdict.Core.Model;
using Interdict.Sources.Ofac;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>The real OFAC files under ../shared/lists, each read once for all the tests that look at it.</summary>
internal static class OfacTestLists
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedList>> SdnSets = new();
    private static readonly Lazy<LoadedList> LazyConsCsv = new(() => ReadConsSet("2025-12-18"));
    private static readonly Lazy<LoadedList> LazyConsXml = new(() => ReadConsXml("CONSOLIDATED_2025-12-18.xml"));

    public static LoadedList Sdn2023 => SdnSet("2023-12-28");
    public static LoadedList ConsCsv => LazyConsCsv.Value;
    public static LoadedList ConsXml => LazyConsXml.Value;

    /// <summary>An SDN set of one date: sdn.csv with whichever of add.csv, alt.csv and sdn_comments.csv it has.</summary>
    public static LoadedList SdnSet(string date) =>
        SdnSets.GetOrAdd(date, d => new Lazy<LoadedList>(() => ReadSdnSet(d))).Value;

    private static LoadedList ReadSdnSet(string date)
    {
        var dir = SharedData.Lists("ofac-sdn", date);
        return OfacCsvReader.Read("ofac-sdn", Path.Combine(dir, "sdn.csv"),
            Optional(dir, "add.csv"), Optional(dir, "alt.csv"), Optional(dir, "sdn_comments.csv"));
    }

    public static LoadedList ReadConsSet(string date)
    {
        var dir = SharedData.Lists("ofac-cons", date);
        return OfacCsvReader.Read("ofac-cons", Path.Combine(dir, "cons_prim.csv"),
            Optional(dir, "cons_add.csv"), Optional(dir, "cons_alt.csv"), Optional(dir, "cons_comments.csv"));
    }

    public static LoadedList ReadConsXml(string file) =>
        OfacXmlReader.Read("ofac-cons", SharedData.Lists("ofac-cons", "xml", file));

    public static Entity Get(this LoadedList list, string id) => list.Entities.Single(e => e.Id == id);

    private static string? Optional(string dir, string file)
    {
        var path = Path.Combine(dir, file);
        return File.Exists(path) ? path : null;
    }
}
