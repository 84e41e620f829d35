namespace Interdict.Core.Model;

/// <summary>One version of one source with all its entities.</summary>
public sealed record LoadedList(ListVersion Version, IReadOnlyList<Entity> Entities)
{
    public IReadOnlyDictionary<Schema, int> CountBySchema() =>
        Entities.GroupBy(e => e.Schema).ToDictionary(g => g.Key, g => g.Count());
}
