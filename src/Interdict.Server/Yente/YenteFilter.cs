using Interdict.Core.Model;

namespace Interdict.Server.Yente;

/// <summary>
/// What yente's parameters keep out of the results beyond the sources, which the engine filters itself: entities
/// outside the query schema's matchable schemata, <c>exclude_schema</c> (FtM names, exact as yente compares them),
/// <c>exclude_entity_ids</c>, and <c>topics</c> and <c>countries</c> (an entity passes with any one of those given).
/// </summary>
internal sealed record YenteFilter(
    FtmQuerySchema Schema,
    IReadOnlyList<string> ExcludedSchemata,
    IReadOnlyList<string> ExcludedIds,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Countries)
{
    public static YenteFilter Read(IQueryCollection query, FtmQuerySchema schema) => new(
        schema,
        YenteParameters.List(query, "exclude_schema"),
        YenteParameters.List(query, "exclude_entity_ids"),
        YenteParameters.List(query, "topics"),
        [.. YenteParameters.List(query, "countries").Select(c => c.ToLowerInvariant())]);

    public bool Admits(Entity entity)
    {
        if (!Schema.Matches.Contains(entity.Schema)) return false;
        if (ExcludedIds.Contains(entity.Id, StringComparer.Ordinal)) return false;
        var ftm = FtmProperties.Of(entity);
        if (ExcludedSchemata.Contains(ftm.Schema, StringComparer.Ordinal)) return false;
        if (Topics.Count > 0 && !ftm.Topics.Any(t => Topics.Contains(t, StringComparer.Ordinal))) return false;
        return Countries.Count == 0 || ftm.Countries.Any(c => Countries.Contains(c, StringComparer.Ordinal));
    }

    /// <summary>The filter may drop results the engine returns, so the engine must be asked for more than the page.</summary>
    public bool Narrows =>
        ExcludedSchemata.Count > 0 || ExcludedIds.Count > 0 || Topics.Count > 0 || Countries.Count > 0
        || Enum.GetValues<Schema>().Any(s => (Schema.Engine is null || Schema.Engine.Value.Covers(s)) && !Schema.Matches.Contains(s));

    /// <summary>How many results to ask the engine for, to fill <paramref name="page"/> after filtering.</summary>
    public int Fetch(int page) => Narrows ? Math.Min(page * 3 + 20, 10_000) : page;
}
