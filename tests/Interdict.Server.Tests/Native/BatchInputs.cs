using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Server.Tests.Native;

/// <summary>One gold query: the UK spelling of a party and the OFAC SDN 2023-12-28 id the gold set expects.</summary>
internal sealed record GoldQuery(string Id, string Name, string Schema, string BirthDate, string Nationality, string Kind, string Expected);

/// <summary>Batch inputs made of real names: the first queries of the crosslist gold set, all of which target OFAC
/// SDN 2023-12-28, written as JSON lines or as CSV.</summary>
internal static class BatchInputs
{
    public static readonly string[] OfacSdn = [SharedData.Lists("ofac-sdn", "2023-12-28")];

    public static IReadOnlyList<GoldQuery> Gold(int count) =>
        [.. File.ReadLines(SharedData.Eval("crosslist-dev.jsonl")).Take(count).Select((line, i) =>
        {
            var row = JsonDocument.Parse(line).RootElement;
            string Field(string name) => row.GetProperty(name).GetString() ?? "";
            return new GoldQuery($"q{i + 1}", Field("query"), Field("schema"), Field("birth_date"), Field("nationality"), Field("kind"), Field("expected"));
        })];

    public static string JsonLine(GoldQuery q) =>
        JsonSerializer.Serialize(new { id = q.Id, name = q.Name, schema = q.Schema, birth_date = q.BirthDate, nationality = q.Nationality });

    public static string JsonLines(IEnumerable<GoldQuery> queries) => string.Concat(queries.Select(q => JsonLine(q) + "\n"));

    public const string CsvHeader = "id,name,schema,birth_date,nationality\n";

    public static string CsvRow(GoldQuery q) =>
        string.Join(",", new[] { q.Id, q.Name, q.Schema, q.BirthDate, q.Nationality }.Select(Quote)) + "\n";

    public static string Csv(IEnumerable<GoldQuery> queries) => CsvHeader + string.Concat(queries.Select(CsvRow));

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static StringContent Content(string body, string? mediaType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);
        return content;
    }

    /// <summary>The lines of a batch answer, parsed.</summary>
    public static async Task<List<JsonElement>> LinesAsync(HttpResponseMessage response) =>
        [.. (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    public static IEnumerable<string?> EntityIds(JsonElement line) =>
        line.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("entity_id").GetString());
}
