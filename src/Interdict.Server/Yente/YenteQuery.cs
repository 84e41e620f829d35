using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;

namespace Interdict.Server.Yente;

/// <summary>One query of a yente <c>/match</c> body (an FtM entity example), read into what the engine screens.</summary>
/// <param name="Properties">The properties as given, with the names combined from name parts added as
/// <c>alias</c>, as FtM does: echoed back as the response's <c>query</c>.</param>
/// <param name="Names">Every name to screen: name, alias, previousName, pastNames and the combined names.</param>
internal sealed record YenteQuery(
    string Key,
    string? Id,
    FtmQuerySchema Schema,
    IReadOnlyList<KeyValuePair<string, string[]>> Properties,
    IReadOnlyList<string> Names,
    FuzzyDate? BirthDate,
    IReadOnlyList<string> Countries,
    Gender Gender,
    IReadOnlyList<QueryIdentifier> Identifiers)
{
    /// <summary>More names than this in one query is refused: each name is screened on its own.</summary>
    public const int MaxNames = 50;

    private static readonly string[] NameProperties = ["name", "alias", "previousName", "pastNames"];

    private static readonly string[] CountryProperties =
        ["nationality", "citizenship", "country", "jurisdiction", "mainCountry", "birthCountry", "flag"];

    /// <summary>Properties whose values identify the party; imoNumber is read as an IMO number.</summary>
    private static readonly string[] IdentifierProperties =
    [
        "idNumber", "registrationNumber", "taxNumber", "passportNumber", "vatCode", "innCode", "ogrnCode", "leiCode",
        "swiftBic", "dunsCode", "okpoCode", "uniqueEntityId", "npiCode", "socialSecurityNumber", "mmsi", "serialNumber",
        "icaoCode", "bikCode", "irsCode", "voenCode", "cageCode", "permId", "bvdId",
    ];

    /// <summary>The properties Interdict's matcher reads; every other property of the schema is accepted and echoed.</summary>
    public static IEnumerable<string> UsedProperties =>
        NameProperties.Concat(["firstName", "secondName", "middleName", "fatherName", "lastName", "birthDate", "gender", "imoNumber"])
            .Concat(CountryProperties).Concat(IdentifierProperties);

    /// <summary>Reads one entry of <c>queries</c>.</summary>
    /// <exception cref="QueryFieldException">A field is missing, unknown or cannot be read; the field is named as a
    /// path: <c>queries.KEY.properties.birthDate</c>.</exception>
    public static YenteQuery Read(string key, JsonElement example)
    {
        var path = $"queries.{key}";
        if (example.ValueKind != JsonValueKind.Object) throw new QueryFieldException(path, "a query is an object with schema and properties.");
        var schemaName = example.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var schema = FtmSchemata.Query(schemaName) ?? throw new QueryFieldException($"{path}.schema", schemaName is null
            ? "a schema is required."
            : $"'{schemaName}' is not a schema that can be matched ({string.Join(", ", FtmSchemata.QuerySchemaNames)}).");
        var id = example.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        if (!example.TryGetProperty("properties", out var given) || given.ValueKind != JsonValueKind.Object)
            throw new QueryFieldException($"{path}.properties", "properties are required: an object of property names and values.");

        var properties = ReadProperties(given, schema, $"{path}.properties");
        if (schema.Name == "Person" && Values(properties, "name").Length == 0)
        {
            var combined = CombinedNames(properties);
            if (combined.Count > 0) properties = [.. properties.Where(p => p.Key != "alias"), KeyValuePair.Create("alias", Values(properties, "alias").Union(combined).ToArray())];
        }
        var names = NameProperties.SelectMany(p => Values(properties, p)).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length > MaxNames) throw new QueryFieldException($"{path}.properties.name", $"{names.Length} names; at most {MaxNames} are screened per query.");

        var propertyPath = $"{path}.properties";
        var birthDate = Values(properties, "birthDate") is [var first, ..] ? QueryFields.BirthDate(first, $"{propertyPath}.birthDate") : null;
        var countries = CountryProperties
            .SelectMany(p => Values(properties, p).SelectMany(v => QueryFields.Countries(v, $"{propertyPath}.{p}")))
            .Distinct(StringComparer.Ordinal).ToArray();
        var gender = Values(properties, "gender") is [var g, ..] && !g.Equals("other", StringComparison.OrdinalIgnoreCase)
            ? QueryFields.Gender(g, $"{propertyPath}.gender")
            : Gender.Unknown;
        var identifiers = IdentifierProperties.SelectMany(p => Values(properties, p)).Select(v => new QueryIdentifier(v))
            .Concat(Values(properties, "imoNumber").SelectMany(imo => QueryFields.Identifiers([], imo)))
            .ToArray();
        return new YenteQuery(key, id, schema, properties, names, birthDate, countries, gender, identifiers);
    }

    /// <summary>The engine query for one of the names; an empty name when the query has none (an identifier may
    /// still find the party).</summary>
    public ScreeningQuery ToScreening(string name, IReadOnlySet<string> sources, double threshold, int limit, double cutoff) =>
        new(name, Schema.Engine, BirthDate, Countries, sources, threshold, limit, cutoff < threshold, Gender, Identifiers, cutoff);

    private static List<KeyValuePair<string, string[]>> ReadProperties(JsonElement given, FtmQuerySchema schema, string path)
    {
        var unknown = given.EnumerateObject().Select(p => p.Name).Where(n => !schema.Properties.Contains(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new QueryFieldException(path, $"unknown propert{(unknown.Length == 1 ? "y" : "ies")} of {schema.Name}: " +
                $"{string.Join(", ", unknown)}.");
        }
        var properties = new List<KeyValuePair<string, string[]>>();
        foreach (var property in given.EnumerateObject())
        {
            var values = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Select(v => Text(v, $"{path}.{property.Name}")).OfType<string>().ToArray()
                : Text(property.Value, $"{path}.{property.Name}") is { } one ? [one] : [];
            if (values.Length > 0) properties.Add(KeyValuePair.Create(property.Name, values));
        }
        return properties;
    }

    /// <summary>A value as FtM takes it: text, or a number as its text; null and blank are "not given".</summary>
    private static string? Text(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => null,
        _ => throw new QueryFieldException(path, $"values are text or lists of text, not {value.ValueKind.ToString().ToLowerInvariant()}."),
    };

    /// <summary>FtM's combine_names: every first name with each second, middle or father's name (or none) and every
    /// last name, in that order.</summary>
    private static List<string> CombinedNames(IReadOnlyList<KeyValuePair<string, string[]>> properties)
    {
        string?[] OrNone(IEnumerable<string> values) => values.Any() ? [.. values] : [null];
        var seconds = Values(properties, "secondName").Concat(Values(properties, "middleName")).Concat(Values(properties, "fatherName"));
        var names = new List<string>();
        foreach (var first in OrNone(Values(properties, "firstName")))
        {
            foreach (var second in OrNone(seconds))
            {
                foreach (var last in OrNone(Values(properties, "lastName")))
                {
                    var name = string.Join(' ', new[] { first, second, last }.OfType<string>());
                    if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal)) names.Add(name);
                }
            }
        }
        return names;
    }

    private static string[] Values(IReadOnlyList<KeyValuePair<string, string[]>> properties, string name)
    {
        foreach (var (key, values) in properties)
        {
            if (key == name) return values;
        }
        return [];
    }
}
