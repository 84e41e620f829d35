using Interdict.Server.Lists;

namespace Interdict.Server.Yente;

/// <summary>A named set of loaded sources that a request screens: yente's "dataset" path segment.</summary>
/// <param name="Name">The name the caller gave.</param>
/// <param name="Sources">The loaded source ids it covers (possibly none, for a collection whose sources are not
/// loaded).</param>
public sealed record Scope(string Name, IReadOnlySet<string> Sources);

/// <summary>
/// Resolves scope names, in this order: <c>default</c> (every loaded source), a loaded source id (<c>ofac-sdn</c>,
/// <c>un</c>, <c>uk</c>…), or a collection of <see cref="ServerSettings.Collections"/>, whose sources count as far as
/// they are loaded. Every endpoint that takes a scope resolves it here.
/// </summary>
public static class Scopes
{
    public const string Default = "default";

    /// <summary>The scope named <paramref name="name"/>; null when no scope has that name.</summary>
    public static Scope? Resolve(string name, ListSnapshot snapshot, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        return Expand(name, snapshot, settings) is { } sources ? new Scope(name, sources) : null;
    }

    /// <summary>Every scope name a request may use: default, the collections, the loaded sources.</summary>
    public static IReadOnlyList<string> Known(ListSnapshot snapshot, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        return [Default, .. settings.Collections.Keys.Order(StringComparer.Ordinal), .. LoadedSources(snapshot)];
    }

    /// <summary>Narrows a scope as yente's <c>include_dataset</c> and <c>exclude_dataset</c> do: the scope's sources
    /// that are included (when any inclusion is given) and not excluded. Names may be sources or collections; names
    /// that are neither select nothing, as in yente.</summary>
    public static IReadOnlySet<string> Narrow(Scope scope, IReadOnlyList<string> include, IReadOnlyList<string> exclude,
        ListSnapshot snapshot, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(exclude);
        var sources = new HashSet<string>(scope.Sources, StringComparer.Ordinal);
        if (include.Count > 0) sources.IntersectWith(include.SelectMany(name => Expand(name, snapshot, settings) ?? []));
        sources.ExceptWith(exclude.SelectMany(name => Expand(name, snapshot, settings) ?? []));
        return sources;
    }

    /// <summary>The 404 problem for a scope that does not exist, naming those that do.</summary>
    public static IResult NotFound(string name, ListSnapshot snapshot, ServerSettings settings)
    {
        var known = Known(snapshot, settings);
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such dataset",
            detail: $"No such dataset: {name}. Known: {string.Join(", ", known)}.",
            extensions: new Dictionary<string, object?> { ["known"] = known });
    }

    private static HashSet<string>? Expand(string name, ListSnapshot snapshot, ServerSettings settings)
    {
        var loaded = LoadedSources(snapshot);
        if (name == Default) return [.. loaded];
        if (loaded.Contains(name, StringComparer.Ordinal)) return new HashSet<string>(StringComparer.Ordinal) { name };
        if (!settings.Collections.TryGetValue(name, out var members)) return null;
        return members.Where(m => loaded.Contains(m, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> LoadedSources(ListSnapshot snapshot) =>
        snapshot.Index.Lists.Select(l => l.Version.SourceId).Distinct(StringComparer.Ordinal);
}
