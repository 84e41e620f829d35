using Interdict.Server.Lists;
using Interdict.Server.Security;
using Interdict.Server.Yente;

namespace Interdict.Server.Endpoints;

/// <summary>
/// <c>GET /catalog</c>: the sources in service, in the shape of yente's catalogue (a <c>datasets</c> array with
/// <c>name</c>, <c>title</c>, <c>type</c>, <c>version</c>, <c>updated_at</c>, <c>load</c>, <c>children</c>,
/// <c>index_version</c>, <c>index_current</c>, <c>entity_count</c>), with what Interdict adds: the publication date,
/// the files and their hashes, the loader's notes, the scopes a request may name (<see cref="Scopes"/>), the
/// generation in service and the last load error, if the last reload failed.
/// </summary>
internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/catalog", (ListHost lists, ServerSettings settings) => Results.Ok(Describe(lists, settings))).RequireAuthorization(ApiPolicies.Screen);

    public static object Describe(ListHost lists, ServerSettings settings)
    {
        var current = lists.Current;
        var datasets = current?.Report.Lists.Select(list => new
        {
            name = list.Version.SourceId,
            title = list.Version.Format,
            type = "source",
            version = list.Version.Hash[..16],
            published = list.Version.Published?.ToString("yyyy-MM-dd"),
            updated_at = current.LoadedAt,
            load = true,
            children = Array.Empty<string>(),
            index_version = list.Version.Hash[..16],
            index_current = true,
            entity_count = list.Entities.Count,
            kind = list.Version.Kind.ToString().ToLowerInvariant(),
            files = list.Version.Files.Select(f => new { path = f.Path, role = f.Role, bytes = f.Length, sha256 = f.Sha256 }),
            notes = current.Report.NoticesFor(list.Version.SourceId).Select(n => n.Message),
        }).ToList();
        var failure = lists.LastFailure;
        return new
        {
            datasets = (object?)datasets ?? Array.Empty<object>(),
            current = datasets?.Select(d => d.name) ?? [],
            scopes = current is null ? null : Scopes.Known(current, settings).Select(name => new
            {
                name,
                sources = Scopes.Resolve(name, current, settings)!.Sources.Order(StringComparer.Ordinal),
            }),
            outdated = Array.Empty<string>(),
            index_stale = failure is not null,
            generation = current?.Generation ?? 0,
            loaded_at = current?.LoadedAt,
            load_error = failure is null ? null : new { at = failure.At, trigger = failure.Trigger, message = failure.Message },
            load_failures = lists.FailureCount,
        };
    }
}
