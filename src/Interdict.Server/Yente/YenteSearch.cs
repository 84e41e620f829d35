using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Core.Text;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;

namespace Interdict.Server.Yente;

/// <summary>
/// <c>GET /search/{scope}?q=…</c>, yente's free-text search: the text is screened as a name (every candidate, not
/// only matches) and looked up as an identifier (passport, registration, tax, IMO number…), best first; without
/// <c>q</c>, every entity of the scope in list order. Answers <c>{"results", "total", "limit", "offset", "facets"}</c>,
/// facets counted over every result found, not only the page.
/// </summary>
internal static class YenteSearch
{
    /// <summary>yente's defaults: the page, its largest size and the deepest result reachable (MAX_RESULTS).</summary>
    public const int DefaultLimit = 10;
    public const int MaxLimit = 500;
    public const int MaxResults = 10_000;

    private static readonly string[] DefaultFacets = ["countries", "topics", "datasets"];
    private static readonly string[] KnownFacets = ["countries", "topics", "datasets", "schema"];

    public static async Task<IResult> Handle(string scope, HttpRequest request, ListHost lists, ServerSettings settings, CancellationToken cancellation)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        if (Scopes.Resolve(scope, snapshot, settings) is not { } resolved) return Scopes.NotFound(scope, snapshot, settings);
        var query = request.Query;
        string? text;
        int limit, offset;
        IReadOnlyList<string> facets;
        List<Entity> found;
        try
        {
            text = YenteParameters.Single(query, "q");
            limit = YenteParameters.Count(query, "limit", DefaultLimit, 0, MaxLimit);
            offset = YenteParameters.Count(query, "offset", 0, 0, MaxResults - limit);
            var schemaName = YenteParameters.Single(query, "schema") ?? "Thing";
            var schema = FtmSchemata.Query(schemaName)
                ?? throw new QueryFieldException("schema", $"'{schemaName}' is not a schema to search ({string.Join(", ", FtmSchemata.QuerySchemaNames)}).");
            facets = YenteParameters.List(query, "facets") is { Count: > 0 } asked ? asked : DefaultFacets;
            if (facets.FirstOrDefault(f => !KnownFacets.Contains(f)) is { } unknown)
                throw new QueryFieldException("facets", $"'{unknown}' is not a facet ({string.Join(", ", KnownFacets)}).");
            var sources = Scopes.Narrow(resolved, YenteParameters.List(query, "include_dataset"), YenteParameters.List(query, "exclude_dataset"), snapshot, settings);
            found = Find(snapshot.Index, text, sources, YenteFilter.Read(query, schema));
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }

        var response = request.HttpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        json.WriteStartObject();
        json.WriteStartArray("results");
        foreach (var entity in found.Skip(offset).Take(limit)) YenteEntityJson.Write(json, entity, snapshot.LoadedAt);
        json.WriteEndArray();
        YenteMatch.WriteTotal(json, found.Count, exact: true);
        json.WriteNumber("limit", limit);
        json.WriteNumber("offset", offset);
        WriteFacets(json, facets, found, snapshot.Index);
        json.WriteEndObject();
        await json.FlushAsync(cancellation);
        return Results.Empty;
    }

    /// <summary>Every entity the text finds in the sources, best first, or every entity of the sources without text.
    /// Allow-list entries are left out either way, as screening leaves them out.</summary>
    private static List<Entity> Find(ScreeningIndex index, string? text, IReadOnlySet<string> sources, YenteFilter filter)
    {
        if (text is null)
            return [.. index.Entities.Where(e => sources.Contains(e.SourceId) && e.Version.Kind != ListKind.Allow && filter.Admits(e))];
        var imo = text.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? text : null;
        var screening = new ScreeningQuery(text, filter.Schema.Engine, Sources: sources, Limit: MaxResults, IncludeNonMatches: true,
            Identifiers: QueryFields.Identifiers([text], imo));
        return [.. index.Screen(screening).Select(r => r.Entity).Where(filter.Admits)];
    }

    /// <summary>yente's facets: <c>{name: {"label", "values": [{"name", "label", "count"}]}}</c>, most frequent first.</summary>
    private static void WriteFacets(Utf8JsonWriter json, IReadOnlyList<string> facets, List<Entity> found, ScreeningIndex index)
    {
        json.WriteStartObject("facets");
        foreach (var facet in facets)
        {
            var (label, values, valueLabel) = facet switch
            {
                "countries" => ("Countries", found.SelectMany(e => FtmProperties.Of(e).Countries), (Func<string, string>)(c => Countries.NameOf(c.ToUpperInvariant()) ?? c)),
                "topics" => ("Topics", found.SelectMany(e => FtmProperties.Of(e).Topics), t => t == "sanction" ? "Sanctioned entity" : t),
                "schema" => ("Types", found.Select(e => FtmProperties.Of(e).Schema), s => s),
                _ => ("Data sources", found.Select(e => e.SourceId), s => index.Lists.FirstOrDefault(l => l.Version.SourceId == s)?.Version.Format ?? s),
            };
            json.WriteStartObject(facet);
            json.WriteString("label", label);
            json.WriteStartArray("values");
            foreach (var group in values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", group.Key);
                json.WriteString("label", valueLabel(group.Key));
                json.WriteNumber("count", group.Count());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
