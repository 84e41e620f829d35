using Interdict.Core.Model;

namespace Interdict.Sources.Own;

/// <summary>Collects the entries of one own list, whichever format it is in, refusing a repeated id, and builds
/// the list version with the kind its header states.</summary>
internal sealed class OwnListAssembler(string path, OwnListHeader header)
{
    private readonly Dictionary<string, string> _firstSeen = new(StringComparer.Ordinal);
    private readonly List<EntityBuilder> _entities = [];

    /// <exception cref="ListDataException">The entry is not valid, or its id is already used.</exception>
    public void Add(OwnEntry entry, EntryPlace place)
    {
        var builder = OwnEntityMapper.Map(header.SourceId, entry, place);
        if (!_firstSeen.TryAdd(builder.Id, place.Location))
            throw place.Error(OwnFields.Id, $"id {entry.Text(OwnFields.Id)} is already used at {_firstSeen[builder.Id]}");
        _entities.Add(builder);
    }

    /// <exception cref="ListDataException">The list has no entries: a file cut after its header must not pass for
    /// an empty list.</exception>
    public LoadedList Build(string format)
    {
        if (_entities.Count == 0)
            throw new ListDataException(path, null, "the list has no entries after its header");
        var files = new[] { ListVersionFactory.Describe(path, "main") };
        var version = ListVersionFactory.Create(header.SourceId, format, header.Published, files) with { Kind = header.Kind };
        return new LoadedList(version, [.. _entities.Select(builder => builder.Build(version))]);
    }
}
