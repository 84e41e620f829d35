using System.Buffers;
using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Server.Native;

namespace Interdict.Server.Yente;

/// <summary>One reconciliation query read into the /match query it stands for, with its page size.</summary>
internal sealed record ReconcileQuery(YenteQuery Query, int Limit);

/// <summary>
/// Reads the <c>queries</c> of a reconciliation request, <c>{key: {"query", "type", "limit", "properties": [{"pid",
/// "v"}]}}</c>, as yente reads them: each becomes the FtM example <c>{"schema": type, "properties": {"name": [query],
/// pid: [v…]}}</c> (type Thing when none is given) and is read as a <c>/match</c> query by <see cref="YenteQuery"/>,
/// so names, dates, countries and identifiers mean the same on both endpoints. Unlike yente, which drops a pid it
/// does not know, an unknown pid is a 400 naming it.
/// </summary>
internal static class ReconcileQueries
{
    /// <exception cref="QueryFieldException">The text is not a JSON object of queries, there are too many, or a query
    /// cannot be read; the field is named as a path (<c>queries.q0.properties[1].pid</c>).</exception>
    public static List<(string Key, ReconcileQuery Query)> Read(string text, int maxQueries)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new QueryFieldException("queries", $"not JSON: {e.Message}");
        }
        using (document)
        {
            var queries = document.RootElement;
            if (queries.ValueKind != JsonValueKind.Object)
                throw new QueryFieldException("queries", "queries are a JSON object: {key: {\"query\", \"type\", \"limit\", \"properties\"}}.");
            var count = queries.EnumerateObject().Count();
            if (count > maxQueries) throw new QueryFieldException("queries", $"too many queries in one batch: {count} (limit: {maxQueries}).");
            return [.. queries.EnumerateObject().Select(q => (q.Name, ReadOne(q.Name, q.Value)))];
        }
    }

    private static ReconcileQuery ReadOne(string key, JsonElement query)
    {
        var path = $"queries.{key}";
        if (query.ValueKind != JsonValueKind.Object) throw new QueryFieldException(path, "a query is an object with query, type, limit and properties.");
        var text = query.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
        var type = query.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : ReconcileVocabulary.BaseSchema;
        if (FtmSchemata.Query(type) is null)
            throw new QueryFieldException($"{path}.type", $"'{type}' is not a type to reconcile against ({string.Join(", ", FtmSchemata.QuerySchemaNames)}).");
        var limit = YenteMatch.DefaultLimit;
        if (query.TryGetProperty("limit", out var l) && l.ValueKind != JsonValueKind.Null
            && !(l.TryGetInt32(out limit) && limit is >= 1 and <= YenteMatch.MaxLimit))
        {
            throw new QueryFieldException($"{path}.limit", $"{l.GetRawText()} is not a whole number between 1 and {YenteMatch.MaxLimit}.");
        }
        var properties = ReadProperties(query, path);
        if (string.IsNullOrWhiteSpace(text) && properties.Count == 0)
            throw new QueryFieldException($"{path}.query", "a query needs the text to reconcile, or properties.");

        using var example = Example(type, text, properties);
        return new ReconcileQuery(YenteQuery.Read(key, example.RootElement), limit);
    }

    /// <summary>The pids read as FtM property names, with their values (a text, a number, a list of those, or an
    /// entity reference <c>{"id"}</c>), in the order given.</summary>
    private static List<(string Property, JsonElement Value)> ReadProperties(JsonElement query, string path)
    {
        var properties = new List<(string, JsonElement)>();
        if (!query.TryGetProperty("properties", out var given) || given.ValueKind == JsonValueKind.Null) return properties;
        if (given.ValueKind != JsonValueKind.Array) throw new QueryFieldException($"{path}.properties", "properties are a list of {\"pid\", \"v\"}.");
        var i = 0;
        foreach (var property in given.EnumerateArray())
        {
            var at = $"{path}.properties[{i++}]";
            var pid = property.ValueKind == JsonValueKind.Object && property.TryGetProperty("pid", out var p) && p.ValueKind == JsonValueKind.String
                ? p.GetString()!
                : throw new QueryFieldException($"{at}.pid", "each property names its pid.");
            var name = ReconcileVocabulary.PropertyOf(pid, $"{at}.pid");
            if (property.TryGetProperty("v", out var value)) properties.Add((name, value));
        }
        return properties;
    }

    /// <summary>The FtM example the query stands for, the values of a property gathered into one list.</summary>
    private static JsonDocument Example(string type, string? text, List<(string Property, JsonElement Value)> properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ResultJson.Compact))
        {
            json.WriteStartObject();
            json.WriteString("schema", type);
            json.WriteStartObject("properties");
            var names = properties.Select(p => p.Property);
            if (!string.IsNullOrWhiteSpace(text)) names = names.Prepend("name");
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                json.WriteStartArray(name);
                if (name == "name" && !string.IsNullOrWhiteSpace(text)) json.WriteStringValue(text);
                foreach (var (property, value) in properties)
                {
                    if (property == name) WriteValues(json, value);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    private static void WriteValues(Utf8JsonWriter json, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray()) WriteValues(json, item);
        }
        // OpenRefine sends a reconciled cell as {"id": …, "name": …}: its id is the value.
        else if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("id", out var id)) id.WriteTo(json);
        else value.WriteTo(json);
    }
}
