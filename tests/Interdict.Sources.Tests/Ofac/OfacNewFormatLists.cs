using Interdict.Core.Model;
using Interdict.Sources.Ofac.Advanced;
using Interdict.Sources.Ofac.Enhanced;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>OFAC's advanced and enhanced XML files under ../shared/lists, each read once for all the tests.</summary>
internal static class OfacNewFormatLists
{
    public static readonly string AdvancedPath = SharedData.Lists("ofac-advanced", "cons_advanced_2020-03-17.xml");
    public static readonly string EnhancedPath = SharedData.Lists("ofac-enhanced", "CONS_ENHANCED_2025-01-10.xml");
    public static readonly string EnhancedZipPath = SharedData.Lists("ofac-enhanced", "CONS_ENHANCED_2025-01-10.zip");

    private static readonly Lazy<LoadedList> LazyAdvanced = new(() => OfacAdvancedReader.Read("ofac-cons", AdvancedPath));
    private static readonly Lazy<LoadedList> LazyEnhanced = new(() => OfacEnhancedReader.Read("ofac-cons", EnhancedPath));
    private static readonly Lazy<LoadedList> LazyClassic2018 = new(() => OfacTestLists.ReadConsXml("CONSOLIDATED_2018-04-06.xml"));
    private static readonly Lazy<LoadedList> LazyClassic2025 = new(() => OfacTestLists.ReadConsXml("CONSOLIDATED_2025-10-22.xml"));

    public static LoadedList Advanced => LazyAdvanced.Value;
    public static LoadedList Enhanced => LazyEnhanced.Value;

    /// <summary>The classic XML nearest the advanced file's date (2020-03-17).</summary>
    public static LoadedList Classic2018 => LazyClassic2018.Value;

    /// <summary>The classic XML nearest the enhanced file's date (2025-01-10).</summary>
    public static LoadedList Classic2025 => LazyClassic2025.Value;
}

/// <summary>Compares the same OFAC entry read from two formats on what must agree.</summary>
internal static class CrossFormat
{
    /// <summary>The fields on which two readings of one entry differ: schema, primary name, names in Latin script
    /// (the classic formats carry no other), identifiers, birth dates, nationalities, programmes, vessel details.</summary>
    public static List<string> Differences(Entity a, Entity b)
    {
        var fields = new List<string>();
        if (a.Id != b.Id) fields.Add("id");
        if (a.Schema != b.Schema) fields.Add("schema");
        if (a.Names[0] != b.Names[0]) fields.Add("primary name");
        if (!SameSet(LatinNames(a), LatinNames(b))) fields.Add("names");
        if (!SameSet(a.Identifiers, b.Identifiers)) fields.Add("identifiers");
        if (!SameSet(a.BirthDates, b.BirthDates)) fields.Add("birth dates");
        if (!SameSet(a.Nationalities, b.Nationalities)) fields.Add("nationalities");
        if (!SameSet(a.Programs, b.Programs)) fields.Add("programs");
        if (a.Vessel != b.Vessel) fields.Add("vessel");
        return fields;
    }

    /// <summary>"id: fields" for every entry of <paramref name="list"/> also in <paramref name="other"/> that
    /// differs, and the number of entries compared.</summary>
    public static (List<string> Differing, int Compared) Compare(LoadedList list, LoadedList other)
    {
        var byId = other.Entities.ToDictionary(e => e.Id);
        var differing = new List<string>();
        var compared = 0;
        foreach (var entity in list.Entities)
        {
            if (!byId.TryGetValue(entity.Id, out var counterpart)) continue;
            compared++;
            if (Differences(entity, counterpart) is { Count: > 0 } fields)
                differing.Add($"{entity.Id}: {string.Join(", ", fields)}");
        }
        return (differing, compared);
    }

    private static IEnumerable<EntityName> LatinNames(Entity entity) => entity.Names.Where(n => n.Script == "Latin");

    private static bool SameSet<T>(IEnumerable<T> a, IEnumerable<T> b) => a.ToHashSet().SetEquals(b);
}
