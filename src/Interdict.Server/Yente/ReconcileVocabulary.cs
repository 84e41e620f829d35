using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Interdict.Core.Matching;

namespace Interdict.Server.Yente;

/// <summary>A reconciliation type or property: <c>{"id", "name"}</c>, as the suggest services and results carry it.</summary>
/// <param name="Id">The FtM schema name ("Company"), or a property's qualified name ("Person:birthDate").</param>
/// <param name="Name">What OpenRefine shows: a schema's plural, a property's label.</param>
internal sealed record ReconcileTerm(string Id, string Name)
{
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        WriteFields(json);
        json.WriteEndObject();
    }

    /// <summary>The fields, into an object the caller has opened.</summary>
    public void WriteFields(Utf8JsonWriter json)
    {
        json.WriteString("id", Id);
        json.WriteString("name", Name);
    }

    /// <summary>yente's prefix match: the id or the name starts with the prefix, case aside; an empty prefix matches all.</summary>
    public bool Matches(string prefix) =>
        Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The types and properties the reconciliation service offers, in FollowTheMoney terms as yente offers them: types
/// are the matchable FtM schemata Interdict screens (<see cref="FtmSchemata"/>; the abstract Thing is not offered,
/// though a query without a type is a Thing query, as in yente), properties those the matcher reads
/// (<see cref="YenteQuery.UsedProperties"/>) under FtM's qualified names ("Person:birthDate").
/// </summary>
internal static class ReconcileVocabulary
{
    /// <summary>The schema a query without a type is read as: yente's BASE_SCHEMA.</summary>
    public const string BaseSchema = "Thing";

    /// <summary>The offered schemata with FtM's plural, most general last as yente lists the matchable ones.</summary>
    public static readonly ReconcileTerm[] Types =
    [
        new("Person", "People"),
        new("Company", "Companies"),
        new("Organization", "Organizations"),
        new("PublicBody", "Public bodies"),
        new("LegalEntity", "Legal entities"),
        new("Vessel", "Vessels"),
        new("Airplane", "Airplanes"),
    ];

    /// <summary>The schemata in FtM's inheritance order: a property's qualified name is the first that has it.</summary>
    private static readonly FtmQuerySchema[] DefinitionOrder =
        [.. new[] { "Thing", "LegalEntity", "Person", "Organization", "Company", "Vessel", "Airplane" }.Select(n => FtmSchemata.Query(n)!)];

    /// <summary>Every property any query schema has: a pid outside these is unknown whatever the type.</summary>
    private static readonly FrozenSet<string> Known = DefinitionOrder.SelectMany(s => s.Properties).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words FtM writes in capitals in its labels.</summary>
    private static readonly FrozenSet<string> Acronyms = new[]
    {
        "id", "imo", "lei", "inn", "ogrn", "okpo", "duns", "npi", "mmsi", "icao", "bik", "irs", "voen", "cage", "vat", "swift", "bic",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly ReconcileTerm[] Properties =
        [.. YenteQuery.UsedProperties.Distinct(StringComparer.Ordinal).Select(p => new ReconcileTerm(QualifiedName(p), Label(p)))];

    /// <summary>The FtM property a pid names: a qualified name ("Person:birthDate", as the property suggestions give
    /// it) or a bare one ("birthDate", as hand-written queries give it).</summary>
    /// <exception cref="QueryFieldException">No query schema has that property.</exception>
    public static string PropertyOf(string pid, string path)
    {
        var colon = pid.IndexOf(':', StringComparison.Ordinal);
        var name = colon >= 0 && FtmSchemata.Query(pid[..colon]) is not null ? pid[(colon + 1)..] : pid;
        return Known.Contains(name)
            ? name
            : throw new QueryFieldException(path, $"unknown property: '{pid}' (the property suggestions list those the matcher reads, e.g. Person:birthDate).");
    }

    private static string QualifiedName(string property) =>
        $"{Array.Find(DefinitionOrder, s => s.Properties.Contains(property))?.Name ?? BaseSchema}:{property}";

    /// <summary>A label from the camel-case name, as FtM's read: "birthDate" → "Birth date", "leiCode" → "LEI code".</summary>
    private static string Label(string property)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= property.Length; i++)
        {
            if (i < property.Length && !char.IsUpper(property[i])) continue;
            words.Add(property[start..i].ToLowerInvariant());
            start = i;
        }
        var label = new StringBuilder();
        foreach (var word in words)
        {
            if (label.Length > 0) label.Append(' ');
            if (Acronyms.Contains(word)) label.Append(word.ToUpperInvariant());
            else if (label.Length == 0) label.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            else label.Append(word);
        }
        return label.ToString();
    }
}
