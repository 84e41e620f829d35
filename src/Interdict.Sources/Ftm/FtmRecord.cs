using System.Globalization;
using System.Text.Json;

namespace Interdict.Sources.Ftm;

/// <summary>
/// One FollowTheMoney entity as a JSON line states it: <c>{"id", "schema", "caption", "properties": {name: [values]},
/// "datasets", "target", "last_seen", ...}</c>. Properties are kept as given (every value a string); what they mean
/// for screening is read later, when the whole file is known (a party's sanctions and addresses are entities of their
/// own, anywhere in the file).
/// </summary>
internal sealed class FtmRecord
{
    private static readonly IReadOnlyDictionary<string, string[]> NoProperties = new Dictionary<string, string[]>();

    private FtmRecord(string id, string schema)
    {
        Id = id;
        Schema = schema;
    }

    public string Id { get; }
    public string Schema { get; }
    public string? Caption { get; private init; }
    public IReadOnlyDictionary<string, string[]> Properties { get; private init; } = NoProperties;
    public IReadOnlyList<string> Datasets { get; private init; } = [];

    /// <summary>OpenSanctions' mark of a listed party (true) as opposed to an entity that only gives context, such as
    /// a company from a business register that a listed person owns (false). Null when the line does not say.</summary>
    public bool? Target { get; private init; }

    /// <summary>When the publisher last saw the entity in its source: the time of the export run.</summary>
    public DateTime? LastSeen { get; private init; }

    /// <summary>The values of a property; empty when the entity has none.</summary>
    public IReadOnlyList<string> this[string property] => Properties.GetValueOrDefault(property) ?? [];

    /// <summary>The first value of a property, or null.</summary>
    public string? First(string property) => Properties.GetValueOrDefault(property)?[0];

    /// <summary>Reads an entity object.</summary>
    /// <exception cref="FormatException">The id or schema is missing, or a field has the wrong JSON type.</exception>
    public static FtmRecord Parse(JsonElement entity)
    {
        if (entity.ValueKind != JsonValueKind.Object)
            throw new FormatException($"an entity is a JSON object, not {Describe(entity.ValueKind)}");
        return new FtmRecord(RequiredText(entity, "id"), RequiredText(entity, "schema"))
        {
            Caption = OptionalText(entity, "caption"),
            Properties = ReadProperties(entity),
            Datasets = entity.TryGetProperty("datasets", out var datasets) ? Texts(datasets, "datasets") : [],
            Target = ReadTarget(entity),
            LastSeen = ReadTime(entity, "last_seen"),
        };
    }

    /// <summary>The id of an entity object that need not be whole (a delta's DEL names only what it removes).</summary>
    /// <exception cref="FormatException">The object has no id.</exception>
    public static string IdOf(JsonElement entity) =>
        entity.ValueKind == JsonValueKind.Object
            ? RequiredText(entity, "id")
            : throw new FormatException($"an entity is a JSON object, not {Describe(entity.ValueKind)}");

    private static string RequiredText(JsonElement entity, string field) =>
        OptionalText(entity, field) ?? throw new FormatException($"the entity has no \"{field}\"");

    private static string? OptionalText(JsonElement entity, string field)
    {
        if (!entity.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new FormatException($"\"{field}\" is {Describe(value.ValueKind)}, not a string");
        return TextCleaning.Clean(value.GetString());
    }

    private static Dictionary<string, string[]> ReadProperties(JsonElement entity)
    {
        var properties = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!entity.TryGetProperty("properties", out var element) || element.ValueKind == JsonValueKind.Null) return properties;
        if (element.ValueKind != JsonValueKind.Object)
            throw new FormatException($"\"properties\" is {Describe(element.ValueKind)}, not an object");
        foreach (var property in element.EnumerateObject())
        {
            var values = Texts(property.Value, $"property \"{property.Name}\"");
            if (values.Length > 0) properties[property.Name] = values;
        }
        return properties;
    }

    /// <summary>An array of strings, cleaned, without empty values.</summary>
    private static string[] Texts(JsonElement array, string what)
    {
        if (array.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{what} is {Describe(array.ValueKind)}, not an array of strings");
        var values = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                throw new FormatException($"{what} holds {Describe(item.ValueKind)}, not only strings");
            if (TextCleaning.Clean(item.GetString()) is { } value) values.Add(value);
        }
        return [.. values];
    }

    private static bool? ReadTarget(JsonElement entity)
    {
        if (!entity.TryGetProperty("target", out var target)) return null;
        return target.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new FormatException($"\"target\" is {Describe(target.ValueKind)}, not true or false"),
        };
    }

    private static DateTime? ReadTime(JsonElement entity, string field)
    {
        if (OptionalText(entity, field) is not { } text) return null;
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new FormatException($"\"{field}\" '{text}' is not a date and time");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
