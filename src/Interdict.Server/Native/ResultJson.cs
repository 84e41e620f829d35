using System.Text.Json;
using Interdict.Core.Matching;

namespace Interdict.Server.Native;

/// <summary>The JSON shape of one screened query, shared by single and batch screening:
/// {"id", "query", "matches": [{"entity_id", "source", "schema", "caption", "matched_name", "score", "match",
/// "explanation", "cleared_by"?}]} — best first; "cleared_by" (the allow-list entry that clears the hit, in the
/// same shape) only when there is one.</summary>
public static class ResultJson
{
    /// <param name="generation">The service's list generation the query was screened against, when it comes from
    /// the service.</param>
    public static void Write(Utf8JsonWriter json, string? id, string query, IReadOnlyList<ScreeningResult> results, int? generation = null)
    {
        json.WriteStartObject();
        if (id is null) json.WriteNull("id");
        else json.WriteString("id", id);
        json.WriteString("query", query);
        json.WriteStartArray("matches");
        foreach (var result in results) WriteMatch(json, result);
        json.WriteEndArray();
        if (generation is { } g) json.WriteNumber("generation", g);
        json.WriteEndObject();
    }

    private static void WriteMatch(Utf8JsonWriter json, ScreeningResult result)
    {
        json.WriteStartObject();
        json.WriteString("entity_id", result.Entity.Id);
        json.WriteString("source", result.Entity.SourceId);
        json.WriteString("schema", result.Entity.Schema.ToString());
        json.WriteString("caption", result.Entity.Caption);
        json.WriteString("matched_name", result.MatchedName.Value);
        json.WriteNumber("score", result.Score);
        json.WriteBoolean("match", result.IsMatch);
        json.WriteString("explanation", result.Explanation.ToString());
        if (result.ClearedBy is { } clearance)
        {
            json.WritePropertyName("cleared_by");
            WriteMatch(json, clearance);
        }
        json.WriteEndObject();
    }

    /// <summary>A row that could not be screened: its id and what is wrong with it.</summary>
    public static void WriteError(Utf8JsonWriter json, string? id, string? query, string error)
    {
        json.WriteStartObject();
        if (id is null) json.WriteNull("id");
        else json.WriteString("id", id);
        if (query is null) json.WriteNull("query");
        else json.WriteString("query", query);
        json.WriteString("error", error);
        json.WriteEndObject();
    }

    public static readonly JsonWriterOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions Indented = Compact with { Indented = true };
}
