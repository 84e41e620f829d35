using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;
using Interdict.Server.Operations;

namespace Interdict.Server.Yente;

/// <summary>
/// yente's OpenRefine reconciliation service (the W3C Reconciliation Service API 0.2), so that OpenRefine reconciles
/// a column against a scope at <c>/reconcile/{scope}</c>: without <c>queries</c> the service manifest; with
/// <c>queries</c> (a query parameter, or the form field OpenRefine posts) <c>{key: {"result": [{"id", "name", "type",
/// "score", "match", "features"}]}}</c>, each query screened as a <c>/match</c> query; and the entity, type and
/// property suggest services. The caller's group carries the role.
/// </summary>
internal static class ReconcileEndpoints
{
    public static void MapReconcileEndpoints(this IEndpointRouteBuilder yente)
    {
        yente.MapGet("/reconcile/{scope}", (string scope, HttpRequest request, ListHost lists, ServerSettings settings, ScreeningMetrics metrics, CancellationToken cancellation) =>
            Service(scope, YenteParameters.Single(request.Query, "queries"), request, lists, settings, metrics, cancellation));
        yente.MapPost("/reconcile/{scope}", async (string scope, HttpRequest request, ListHost lists, ServerSettings settings, ScreeningMetrics metrics, CancellationToken cancellation) =>
        {
            if (!request.HasFormContentType && request.ContentLength is > 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: $"Queries are posted as the form field 'queries' (application/x-www-form-urlencoded or multipart/form-data), not as {request.ContentType}.");
            }
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellation) : null;
            var queries = form?["queries"] is { Count: > 0 } field && !string.IsNullOrWhiteSpace(field[^1]) ? field[^1] : YenteParameters.Single(request.Query, "queries");
            return await Service(scope, queries, request, lists, settings, metrics, cancellation);
        });
        yente.MapGet("/reconcile/{scope}/suggest/entity", ReconcileSuggest.Entity);
        yente.MapGet("/reconcile/{scope}/suggest/type", ReconcileSuggest.Type);
        yente.MapGet("/reconcile/{scope}/suggest/property", ReconcileSuggest.Property);
    }

    private static async Task<IResult> Service(string scope, string? queries, HttpRequest request, ListHost lists, ServerSettings settings,
        ScreeningMetrics metrics, CancellationToken cancellation)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        if (Scopes.Resolve(scope, snapshot, settings) is not { } resolved) return Scopes.NotFound(scope, snapshot, settings);
        List<(string Key, ReconcileQuery Query)> read = [];
        try
        {
            if (queries is not null) read = ReconcileQueries.Read(queries, settings.Limits.MaxQueriesPerRequest);
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }

        var response = request.HttpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        if (queries is null) WriteManifest(json, resolved, request, settings);
        else
        {
            json.WriteStartObject();
            foreach (var (key, query) in read)
            {
                var parameters = new YenteMatch.MatchParameters(query.Limit, YenteMatch.DefaultThreshold, YenteMatch.DefaultCutoff,
                    YenteAlgorithms.Interdict, resolved.Sources);
                var filter = new YenteFilter(query.Query.Schema, [], [], [], []);
                var results = YenteMatch.Screen(snapshot.Index, query.Query, filter, parameters);
                metrics.Record(ScreeningKind.Match, results);
                json.WriteStartObject(key);
                json.WriteStartArray("result");
                foreach (var result in results) WriteResult(json, result);
                json.WriteEndArray();
                json.WriteEndObject();
                if (json.BytesPending > 32 * 1024) await json.FlushAsync(cancellation);
            }
            json.WriteEndObject();
        }
        await json.FlushAsync(cancellation);
        return Results.Empty;
    }

    /// <summary>yente's manifest. Ids are Interdict's (<c>source:key</c>), not OpenSanctions', so the identifier space
    /// is this service's entities; types are FtM schemata. <c>batchSize</c> is the service's query limit, so
    /// OpenRefine never sends more in one request.</summary>
    private static void WriteManifest(Utf8JsonWriter json, Scope scope, HttpRequest request, ServerSettings settings)
    {
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var service = $"{root}/reconcile/{Uri.EscapeDataString(scope.Name)}";
        json.WriteStartObject();
        json.WriteStartArray("versions");
        json.WriteStringValue("0.2");
        json.WriteEndArray();
        json.WriteString("name", $"Interdict ({scope.Name})");
        json.WriteString("identifierSpace", $"{root}/entities/");
        json.WriteString("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        json.WriteNumber("batchSize", settings.Limits.MaxQueriesPerRequest);
        json.WriteStartObject("view");
        json.WriteString("url", $"{root}/entities/{{{{id}}}}");
        json.WriteEndObject();
        json.WriteStartObject("preview");
        json.WriteString("url", $"{root}/entities/{{{{id}}}}?nested=false");
        json.WriteNumber("width", 430);
        json.WriteNumber("height", 300);
        json.WriteEndObject();
        json.WriteStartObject("suggest");
        foreach (var kind in (ReadOnlySpan<string>)["entity", "type", "property"])
        {
            json.WriteStartObject(kind);
            json.WriteString("service_url", service);
            json.WriteString("service_path", $"/suggest/{kind}");
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartArray("defaultTypes");
        foreach (var type in ReconcileVocabulary.Types) type.Write(json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A candidate: yente's FreebaseScoredEntity. The score is the matcher's, 0 to 1, as yente's.</summary>
    private static void WriteResult(Utf8JsonWriter json, ScreeningResult result)
    {
        json.WriteStartObject();
        WriteEntityHead(json, result.Entity);
        json.WriteNumber("score", result.Score);
        json.WriteBoolean("match", result.IsMatch);
        YenteAlgorithms.WriteFeatures(json, result);
        json.WriteEndObject();
    }

    /// <summary><c>"id", "name", "type": [{"id", "name"}]</c>: what every entity result and suggestion carries.</summary>
    public static void WriteEntityHead(Utf8JsonWriter json, Entity entity)
    {
        var schema = FtmSchemata.NameOf(entity.Schema);
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Caption);
        json.WriteStartArray("type");
        (Array.Find(ReconcileVocabulary.Types, t => t.Id == schema) ?? new ReconcileTerm(schema, schema)).Write(json);
        json.WriteEndArray();
    }
}
