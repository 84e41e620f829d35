using Interdict.Core.Model;

namespace Interdict.Sources.UsCsl;

/// <summary>One list merged into the US Consolidated Screening List, a row of csl-sources.tsv.</summary>
/// <param name="Name">The list's name as the CSV's "source" column writes it.</param>
/// <param name="Code">The short code in entity ids, e.g. "EL" in "us-csl:EL:…".</param>
/// <param name="OfacListId">The OFAC source the list is re-published from ("ofac-sdn", "ofac-cons"); null for
/// the lists of Commerce and State.</param>
/// <param name="Untyped">The schema of an entry whose type column is empty; null when the list types its entries.</param>
public sealed record CslSource(string Name, string Code, string? OfacListId, Schema? Untyped);

/// <summary>The lists the screening list merges, loaded from the embedded csl-sources.tsv.</summary>
public static class CslSources
{
    private static readonly IReadOnlyList<CslSource> All = Load();

    private static readonly Dictionary<string, CslSource> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);
    private static readonly Dictionary<string, CslSource> ByCodes = All.ToDictionary(s => s.Code, StringComparer.Ordinal);

    /// <summary>The list the "source" column names, or null for a list the table does not know.</summary>
    public static CslSource? FromName(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The list of an entity id's code, or null for an unknown code.</summary>
    public static CslSource? FromCode(string code) => ByCodes.GetValueOrDefault(code);

    private static List<CslSource> Load()
    {
        var sources = new List<CslSource>();
        foreach (var row in SourceTable.Read(typeof(CslSources), "csl-sources.tsv", "source", "code", "ofac_list", "untyped", "note"))
        {
            Schema? untyped = row[3].Length == 0
                ? null
                : SchemaExtensions.Parse(row[3]) ?? throw new InvalidDataException($"{row.Where}: unknown schema '{row[3]}'.");
            if (row[0].Length == 0 || row[1].Length == 0)
                throw new InvalidDataException($"{row.Where}: a source needs its name and code.");
            if (row[2].Length == 0 && untyped is null)
                throw new InvalidDataException($"{row.Where}: a list of another agency than OFAC needs the schema of its untyped entries.");
            if (sources.Exists(s => s.Name == row[0] || s.Code == row[1]))
                throw new InvalidDataException($"{row.Where}: '{row[0]}' or its code '{row[1]}' is listed twice.");
            sources.Add(new CslSource(row[0], row[1], row[2].Length == 0 ? null : row[2], untyped));
        }
        return sources;
    }
}
