namespace Interdict.Sources.Ftm;

/// <summary>An entity held by a <see cref="FtmStore"/>, with the file and line that last gave it.</summary>
internal sealed record FtmStored(FtmRecord Record, string Path, int Line)
{
    public string Where => $"{System.IO.Path.GetFileName(Path)} line {Line}";
}

/// <summary>
/// The entities of one FtM list version by id, in the order their files give them: what an entity file holds, and
/// what the deltas applied to it change. Every entity is kept, not only the parties, because a delta may change a
/// sanction or an address that a party draws on.
/// </summary>
internal sealed class FtmStore
{
    private readonly OrderedDictionary<string, FtmStored> entities = new(StringComparer.Ordinal);

    public IEnumerable<FtmStored> All => entities.Values;

    /// <summary>The latest <see cref="FtmRecord.LastSeen"/> of every entity put in, including those a delta later removed or replaced.</summary>
    public DateTime? LatestSeen { get; private set; }

    public FtmStored? Find(string id) => entities.GetValueOrDefault(id);

    /// <summary>Adds the entity, or puts it in the place of the one with its id.</summary>
    public void Put(FtmRecord record, string path, int line)
    {
        entities[record.Id] = new FtmStored(record, path, line);
        if (record.LastSeen > LatestSeen || LatestSeen is null) LatestSeen = record.LastSeen ?? LatestSeen;
    }

    public void Remove(string id) => entities.Remove(id);
}
