using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;

namespace Interdict.Server.Yente;

/// <summary>
/// The reconciliation service's suggest services, as yente serves them: <c>{"prefix", "result": [...]}</c>. Entities
/// are the best candidates when the prefix is screened as a name; types and properties those whose id or name starts
/// with the prefix (all of them for an empty one).
/// </summary>
internal static class ReconcileSuggest
{
    /// <summary><c>GET /reconcile/{scope}/suggest/entity?prefix=…&amp;limit=…</c> (limit 5 as yente's, at most 500).</summary>
    public static async Task<IResult> Entity(string scope, HttpRequest request, ListHost lists, ServerSettings settings, CancellationToken cancellation)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        if (Scopes.Resolve(scope, snapshot, settings) is not { } resolved) return Scopes.NotFound(scope, snapshot, settings);
        int limit;
        try
        {
            limit = YenteParameters.Count(request.Query, "limit", YenteMatch.DefaultLimit, 1, YenteMatch.MaxLimit);
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }
        var prefix = YenteParameters.Single(request.Query, "prefix");
        IReadOnlyList<ScreeningResult> found = prefix is null
            ? []
            : snapshot.Index.Screen(new ScreeningQuery(prefix, Sources: resolved.Sources, Limit: limit, IncludeNonMatches: true));
        return await Write(request.HttpContext.Response, prefix, found, r => ReconcileEndpoints.WriteEntityHead(r.Json, r.Item.Entity), cancellation);
    }

    /// <summary><c>GET /reconcile/{scope}/suggest/type?prefix=…</c>: the FtM schemata a column can be reconciled against.</summary>
    public static Task<IResult> Type(string scope, HttpRequest request, ListHost lists, ServerSettings settings, CancellationToken cancellation) =>
        Terms(scope, request, lists, settings, ReconcileVocabulary.Types, cancellation);

    /// <summary><c>GET /reconcile/{scope}/suggest/property?prefix=…</c>: the properties the matcher reads.</summary>
    public static Task<IResult> Property(string scope, HttpRequest request, ListHost lists, ServerSettings settings, CancellationToken cancellation) =>
        Terms(scope, request, lists, settings, ReconcileVocabulary.Properties, cancellation);

    private static async Task<IResult> Terms(string scope, HttpRequest request, ListHost lists, ServerSettings settings,
        IReadOnlyList<ReconcileTerm> terms, CancellationToken cancellation)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        if (Scopes.Resolve(scope, snapshot, settings) is null) return Scopes.NotFound(scope, snapshot, settings);
        var prefix = YenteParameters.Single(request.Query, "prefix");
        var found = terms.Where(t => prefix is null || t.Matches(prefix)).ToList();
        return await Write(request.HttpContext.Response, prefix, found, r => r.Item.WriteFields(r.Json), cancellation);
    }

    private static async Task<IResult> Write<T>(HttpResponse response, string? prefix, IReadOnlyList<T> found,
        Action<(Utf8JsonWriter Json, T Item)> writeFields, CancellationToken cancellation)
    {
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        json.WriteStartObject();
        json.WriteString("prefix", prefix ?? "");
        json.WriteStartArray("result");
        foreach (var item in found)
        {
            json.WriteStartObject();
            writeFields((json, item));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellation);
        return Results.Empty;
    }
}
