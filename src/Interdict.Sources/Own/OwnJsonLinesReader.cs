using System.Text.Json;
using System.Text.RegularExpressions;
using Interdict.Core.Model;

namespace Interdict.Sources.Own;

/// <summary>
/// Reads a firm's own list as JSON lines (docs/own-lists.md): line 1 the list header
/// {"interdict_list": {"name": …, "kind": "block"|"allow", "published": "yyyy-mm-dd"}}, then one JSON object per
/// entry with the same fields as the CSV columns; several values are arrays, identifiers objects.
/// </summary>
public static partial class OwnJsonLinesReader
{
    public const string Format = "Interdict own list JSON lines";
    public const string HeaderKey = "interdict_list";

    private static readonly string[] IdentifierKeys = ["type", "value", "country"];

    /// <summary>Whether text starts with the list header's object and key.</summary>
    public static bool StartsWithListHeader(string text) => ListHeaderStart().IsMatch(text);

    /// <exception cref="ListDataException">The file is missing or breaks the format; the message names the line
    /// and the field.</exception>
    public static LoadedList Read(string path)
    {
        using var lines = new StringReader(TextDecoding.ReadAllText(path));
        OwnListAssembler? list = null;
        var lineNumber = 0;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var place = new EntryPlace(path, "line", lineNumber, "field");
            using var json = Parse(line, place);
            if (list is null) list = new OwnListAssembler(path, ReadListHeader(json.RootElement, place));
            else list.Add(ReadEntry(json.RootElement, place), place);
        }
        if (list is null) throw new ListDataException(path, null, "the file is empty: line 1 must be the list header");
        return list.Build(Format);
    }

    private static JsonDocument Parse(string line, EntryPlace place)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            // One line is parsed at a time: the parser's own line number is always 0, so only the position counts.
            var reason = e.Message.Split(" LineNumber:")[0];
            throw new ListDataException(place.Path, place.Location,
                $"malformed JSON at byte {e.BytePositionInLine + 1} of the line: {reason}", e);
        }
    }

    private static OwnListHeader ReadListHeader(JsonElement root, EntryPlace place)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.EnumerateObject().Any(p => p.Name == HeaderKey))
            throw place.Error(null,
                $"not an Interdict own list: line 1 must be the list header {{\"{HeaderKey}\": {{\"name\": …, \"kind\": \"block\" or \"allow\"}}}}");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Properties(root, place, [HeaderKey]))
        {
            if (property.Value.ValueKind != JsonValueKind.Object)
                throw place.Error(HeaderKey, $"must be an object, not {Describe(property.Value.ValueKind)}");
            foreach (var pair in Properties(property.Value, place, null))
                values[pair.Name] = StringOf(pair.Value, place, $"{HeaderKey}.{pair.Name}");
        }
        return OwnListHeader.Create(values, problem => place.Error(HeaderKey, problem));
    }

    private static OwnEntry ReadEntry(JsonElement root, EntryPlace place)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw place.Error(null, $"an entry must be a JSON object, not {Describe(root.ValueKind)}");
        var entry = new OwnEntry();
        foreach (var property in Properties(root, place, OwnFields.Names))
        {
            var (field, value) = (property.Name, property.Value);
            if (value.ValueKind == JsonValueKind.Null) continue;
            switch (OwnFields.ShapeOf(field))
            {
                case FieldShape.Text:
                    entry.SetText(field, StringOf(value, place, field));
                    break;
                case FieldShape.Texts:
                    foreach (var item in ArrayOf(value, place, field, "strings"))
                        entry.AddItem(field, StringOf(item, place, field, "an array of strings"));
                    break;
                case FieldShape.Identifiers:
                    foreach (var item in ArrayOf(value, place, field, "objects with type, value and country"))
                        entry.Identifiers.Add(ReadIdentifier(item, place));
                    break;
            }
        }
        return entry;
    }

    private static OwnIdentifierText ReadIdentifier(JsonElement item, EntryPlace place)
    {
        const string Expected = "an array of objects with type, value and country";
        if (item.ValueKind != JsonValueKind.Object)
            throw place.Error(OwnFields.Identifiers, $"must be {Expected}, not an array holding {Describe(item.ValueKind)}");
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in Properties(item, place, IdentifierKeys, OwnFields.Identifiers))
        {
            if (part.Value.ValueKind != JsonValueKind.Null)
                parts[part.Name] = StringOf(part.Value, place, OwnFields.Identifiers, $"{Expected} as strings ('{part.Name}')");
        }
        return OwnIdentifierText.Create(parts.GetValueOrDefault("type"), parts.GetValueOrDefault("value"),
            parts.GetValueOrDefault("country"), item.GetRawText());
    }

    /// <summary>An object's properties, refusing a key given twice and, when <paramref name="known"/> is given,
    /// a key not in it (a typo would otherwise drop its value without a word).</summary>
    private static List<JsonProperty> Properties(JsonElement element, EntryPlace place, string[]? known, string? within = null)
    {
        var properties = new List<JsonProperty>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var field = within ?? property.Name;
            if (known is not null && !known.Contains(property.Name))
                throw place.Error(field, $"unknown field '{property.Name}': the fields are {string.Join(", ", known)}");
            if (!seen.Add(property.Name))
                throw place.Error(field, $"'{property.Name}' appears twice");
            properties.Add(property);
        }
        return properties;
    }

    private static string StringOf(JsonElement value, EntryPlace place, string field, string expected = "a string") =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw place.Error(field, $"must be {expected}, not {Describe(value.ValueKind)}");

    private static JsonElement.ArrayEnumerator ArrayOf(JsonElement value, EntryPlace place, string field, string items) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw place.Error(field, $"must be an array of {items}, not {Describe(value.ValueKind)}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    [GeneratedRegex("""^\{\s*"interdict_list"\s*:""")]
    private static partial Regex ListHeaderStart();
}
