using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;
using Interdict.Server.Operations;

namespace Interdict.Server.Yente;

/// <summary>
/// <c>POST /match/{scope}</c>, yente's query-by-example matcher: <c>{"queries": {key: {"schema", "properties"}}}</c>
/// answered with <c>{"responses": {key: {"status", "results", "total", "query"}}, "matcher", "limit"}</c>. Each name of
/// a query is screened and each entity keeps its best score; results at or above <c>cutoff</c> are returned, best
/// first, and <c>match</c> says whether they reach <c>threshold</c>. A query that cannot be read makes the whole
/// request a 400, as in yente.
/// </summary>
internal static class YenteMatch
{
    /// <summary>yente's defaults: MATCH_PAGE, MAX_MATCHES, SCORE_THRESHOLD and SCORE_CUTOFF.</summary>
    public const int DefaultLimit = 5;
    public const int MaxLimit = 500;
    public const double DefaultThreshold = 0.70;
    public const double DefaultCutoff = 0.50;

    internal sealed record MatchParameters(int Limit, double Threshold, double Cutoff, string Algorithm, IReadOnlySet<string> Sources);

    public static async Task<IResult> Handle(string scope, HttpRequest request, ListHost lists, ServerSettings settings, ScreeningMetrics metrics, CancellationToken cancellation)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        if (Scopes.Resolve(scope, snapshot, settings) is not { } resolved) return Scopes.NotFound(scope, snapshot, settings);
        MatchParameters parameters;
        List<(YenteQuery Query, YenteFilter Filter)> queries;
        try
        {
            var query = request.Query;
            parameters = new MatchParameters(
                YenteParameters.Count(query, "limit", DefaultLimit, 1, MaxLimit),
                YenteParameters.Score(query, "threshold", DefaultThreshold),
                YenteParameters.Score(query, "cutoff", DefaultCutoff),
                YenteAlgorithms.Resolve(YenteParameters.Single(query, "algorithm")),
                Scopes.Narrow(resolved, YenteParameters.List(query, "include_dataset"), YenteParameters.List(query, "exclude_dataset"), snapshot, settings));
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellation);
            queries = [.. ReadQueries(body.RootElement, settings.Limits.MaxQueriesPerRequest).Select(q => (q, YenteFilter.Read(query, q.Schema)))];
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }
        catch (JsonException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: $"The body is not JSON: {e.Message}");
        }

        var response = request.HttpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        json.WriteStartObject();
        json.WriteStartObject("responses");
        foreach (var (query, filter) in queries)
        {
            json.WriteStartObject(query.Key);
            json.WriteNumber("status", 200);
            var results = Screen(snapshot.Index, query, filter, parameters);
            metrics.Record(ScreeningKind.Match, results);
            json.WriteStartArray("results");
            foreach (var result in results) WriteResult(json, result, snapshot.LoadedAt);
            json.WriteEndArray();
            WriteTotal(json, results.Count, exact: true);
            WriteQuery(json, query);
            json.WriteEndObject();
            if (json.BytesPending > 32 * 1024) await json.FlushAsync(cancellation);
        }
        json.WriteEndObject();
        json.WritePropertyName("matcher");
        YenteAlgorithms.WriteAlgorithm(json, parameters.Algorithm);
        json.WriteNumber("limit", parameters.Limit);
        json.WriteEndObject();
        await json.FlushAsync(cancellation);
        return Results.Empty;
    }

    /// <exception cref="QueryFieldException">No <c>queries</c> object, too many queries, or a query that cannot be read.</exception>
    private static List<YenteQuery> ReadQueries(JsonElement body, int maxQueries)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("queries", out var queries) || queries.ValueKind != JsonValueKind.Object)
            throw new QueryFieldException("queries", "the body is {\"queries\": {key: {\"schema\", \"properties\"}}}.");
        var count = queries.EnumerateObject().Count();
        if (count > maxQueries) throw new QueryFieldException("queries", $"too many queries in one batch: {count} (limit: {maxQueries}).");
        return [.. queries.EnumerateObject().Select(q => YenteQuery.Read(q.Name, q.Value))];
    }

    /// <summary>Screens every name of the query and keeps each entity's best result (also what /reconcile answers).</summary>
    internal static List<ScreeningResult> Screen(ScreeningIndex index, YenteQuery query, YenteFilter filter, MatchParameters parameters)
    {
        var fetch = filter.Fetch(parameters.Limit);
        // Without a name, the query's identifiers may still find the party.
        IReadOnlyList<string> names = query.Names.Count > 0 ? query.Names : query.Identifiers.Count > 0 ? [""] : [];
        var best = new Dictionary<Entity, ScreeningResult>(ReferenceEqualityComparer.Instance);
        foreach (var name in names)
        {
            foreach (var result in index.Screen(query.ToScreening(name, parameters.Sources, parameters.Threshold, fetch, parameters.Cutoff)))
            {
                if (result.Score < parameters.Cutoff || !filter.Admits(result.Entity)) continue;
                if (!best.TryGetValue(result.Entity, out var kept) || result.Score > kept.Score) best[result.Entity] = result;
            }
        }
        return [.. best.Values
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .Take(parameters.Limit)];
    }

    /// <summary>A result: the entity, then yente's <c>score</c>, <c>match</c> and <c>features</c>, then what
    /// Interdict adds under <c>interdict</c>: the listed name that matched, the explanation in words and, when an
    /// allow-list entry clears the party, that entry.</summary>
    private static void WriteResult(Utf8JsonWriter json, ScreeningResult result, DateTimeOffset loadedAt)
    {
        json.WriteStartObject();
        YenteEntityJson.WriteFields(json, result.Entity, loadedAt);
        json.WriteNumber("score", result.Score);
        json.WriteBoolean("match", result.IsMatch);
        YenteAlgorithms.WriteFeatures(json, result);
        json.WriteStartObject("interdict");
        json.WriteString("matched_name", result.MatchedName.Value);
        json.WriteString("explanation", result.Explanation.ToString());
        if (result.ClearedBy is { } clearance)
        {
            json.WriteStartObject("cleared_by");
            json.WriteString("id", clearance.Entity.Id);
            json.WriteString("caption", clearance.Entity.Caption);
            json.WriteString("matched_name", clearance.MatchedName.Value);
            json.WriteNumber("score", clearance.Score);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteTotal(Utf8JsonWriter json, int value, bool exact)
    {
        json.WriteStartObject("total");
        json.WriteNumber("value", value);
        json.WriteString("relation", exact ? "eq" : "gte");
        json.WriteEndObject();
    }

    /// <summary>The query as yente echoes it: the entity example, names combined from parts included.</summary>
    private static void WriteQuery(Utf8JsonWriter json, YenteQuery query)
    {
        json.WriteStartObject("query");
        if (query.Id is null) json.WriteNull("id");
        else json.WriteString("id", query.Id);
        json.WriteString("schema", query.Schema.Name);
        json.WritePropertyName("properties");
        FtmProperties.WriteProperties(json, query.Properties);
        json.WriteEndObject();
    }
}
