using System.Runtime.CompilerServices;
using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Core.Text;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;

namespace Interdict.Server.Yente;

/// <summary>
/// The reconciliation service's suggest services, as yente serves them: <c>{"prefix", "result": [...]}</c>. Entities
/// are those with a name whose words start as the prefix's do, then the candidates when it is screened as a name;
/// types and properties those whose id or name starts with the prefix (all of them for an empty one).
/// </summary>
internal static class ReconcileSuggest
{
    private static readonly ConditionalWeakTable<ScreeningIndex, (Entity Entity, string Name)[]> NameWords = [];

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
        var found = prefix is null ? [] : Suggest(snapshot.Index, prefix, resolved.Sources, limit);
        return await Write(request.HttpContext.Response, prefix, found, r => ReconcileEndpoints.WriteEntityHead(r.Json, r.Item), cancellation);
    }

    /// <summary>The entities a name that is still being typed may mean: first those with a name whose words start
    /// with the prefix's words (names that start with the whole prefix first, then shorter names), as yente's prefix
    /// query finds them; then, to fill the page, the candidates the matcher finds at yente's cutoff, which forgive
    /// a misspelling. Allow-list entries are left out, as screening leaves them out.</summary>
    private static List<Entity> Suggest(ScreeningIndex index, string prefix, IReadOnlySet<string> sources, int limit)
    {
        var normalized = NameNormalizer.Normalize(prefix);
        var wordStarts = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => " " + w).ToArray();
        var found = new List<Entity>(limit);
        if (wordStarts.Length > 0)
        {
            var whole = " " + normalized;
            var ranked = new Dictionary<Entity, (bool StartsWith, int Length)>(ReferenceEqualityComparer.Instance);
            foreach (var (entity, name) in NameWords.GetValue(index, BuildNameWords))
            {
                if (!sources.Contains(entity.SourceId) || !Array.TrueForAll(wordStarts, w => name.Contains(w, StringComparison.Ordinal))) continue;
                var rank = (name.StartsWith(whole, StringComparison.Ordinal), name.Length);
                if (!ranked.TryGetValue(entity, out var kept) || rank.Item1 && !kept.StartsWith || rank.Item1 == kept.StartsWith && rank.Length < kept.Length)
                    ranked[entity] = rank;
            }
            found.AddRange(ranked.OrderByDescending(r => r.Value.StartsWith).ThenBy(r => r.Value.Length)
                .ThenBy(r => r.Key.Id, StringComparer.Ordinal).Take(limit).Select(r => r.Key));
        }
        if (found.Count < limit)
        {
            var screening = new ScreeningQuery(prefix, Sources: sources, Limit: limit, IncludeNonMatches: true, MinimumScore: YenteMatch.DefaultCutoff);
            found.AddRange(index.Screen(screening).Select(r => r.Entity).Where(e => !found.Exists(f => ReferenceEquals(f, e))).Take(limit - found.Count));
        }
        return found;
    }

    /// <summary>Each listed name of the index's screened entities, normalised, with a space before every word so
    /// that a word start is found with one ordinal search. Built once per index, on the first suggestion.</summary>
    private static (Entity Entity, string Name)[] BuildNameWords(ScreeningIndex index) =>
    [
        .. index.Entities.Where(e => e.Version.Kind != ListKind.Allow)
            .SelectMany(e => e.Names.Select(n => (e, " " + NameNormalizer.Normalize(n.Value)))),
    ];

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
