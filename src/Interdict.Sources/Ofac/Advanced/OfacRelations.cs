using Interdict.Core.Model;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// The relations OFAC's advanced and enhanced XML state between parties by their OFAC number ("Owned or Controlled
/// By" party 17022). A relation may come before the party it names, so relations are collected while reading and
/// resolved at the end, when every party of the file is known; then the entities are built.
/// </summary>
internal sealed class OfacRelations(string path)
{
    private readonly List<Pending> _pending = [];

    /// <summary>Notes that <paramref name="from"/> stands in <paramref name="relation"/> to the party whose entity id
    /// is <paramref name="targetId"/>. <paramref name="targetName"/> is the name the file gives it, if any: a party
    /// named so may be on another OFAC list; without a name the party must be in this file.</summary>
    public void Add(EntityBuilder from, string relation, string targetId, string? targetName, string location) =>
        _pending.Add(new Pending(from, relation, targetId, targetName, location));

    /// <summary>Resolves every relation to its party among <paramref name="entities"/> and builds them.</summary>
    /// <exception cref="ListDataException">A relation without a name refers to a party the file does not hold.</exception>
    public LoadedList Build(ListVersion version, IReadOnlyList<EntityBuilder> entities)
    {
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var link in _pending)
        {
            if (byId.TryGetValue(link.TargetId, out var target))
                EntityBuilder.AddDistinct(link.From.Links, new EntityLink(link.Relation, target.Names[0].Value, target.Id));
            else if (link.TargetName is { } name)
                EntityBuilder.AddDistinct(link.From.Links, new EntityLink(link.Relation, name));
            else
                throw new ListDataException(path, link.Location,
                    $"the relation '{link.Relation}' refers to {link.TargetId}, which is not in the file");
        }
        return new LoadedList(version, [.. entities.Select(e => e.Build(version))]);
    }

    private sealed record Pending(EntityBuilder From, string Relation, string TargetId, string? TargetName, string Location);
}
