using Interdict.Core.Model;

namespace Interdict.Sources.Ftm;

/// <summary>
/// Reads a FollowTheMoney entity file (JSON lines, as OpenSanctions and yente publish them) as one list version.
/// <list type="bullet">
/// <item>Entity ids are the FtM ids verbatim ("NK-2Tbri3s6GgNtAwsSXh4qpL", "Q4365364"): they are already unique
/// across everything OpenSanctions publishes, and they are the ids its users know. Nothing in the matching reads a
/// source out of an id (the source is <see cref="ListVersion.SourceId"/>); ids need only be unique across the lists
/// screened together, so one FtM export and another that shares its parties are not loaded side by side.</item>
/// <item>The source id is the OpenSanctions dataset every line of the file belongs to ("eu_fsf"), so that exports
/// of different datasets are different sources; a file mixing datasets (a collection such as "sanctions") is the
/// source "ftm".</item>
/// <item>Screened are the parties (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane) that
/// the publisher does not mark as context only (<c>"target": false</c>, e.g. companies from a business register
/// that a listed person owns); those still name the other end of a party's relations. Sanctions, passports,
/// addresses and relations are read into the parties they concern (<see cref="FtmContext"/>).</item>
/// <item>The publication date is the day of the latest <c>last_seen</c>: the export run that saw the data. (The
/// latest <c>last_change</c> is not: two exports of unchanged data would carry the same date.)</item>
/// </list>
/// A broken file is refused whole, naming the line: malformed JSON or UTF-8, a line without id or schema, a schema
/// FtM does not have, an id used twice, a party without any name.
/// </summary>
public static class FtmReader
{
    public const string Format = "FollowTheMoney entities (JSON lines)";

    /// <summary>The source id of a file whose lines share no one dataset.</summary>
    public const string CollectionSourceId = "ftm";

    /// <exception cref="ListDataException">The file is missing or broken; the message names the line.</exception>
    public static LoadedList Read(string path)
    {
        var store = new FtmStore();
        ReadEntities(path, store);
        if (!store.All.Any()) throw new ListDataException(path, null, "holds no entity");
        return Build(store, SourceIdOf(store), [ListVersionFactory.Describe(path, "main")]);
    }

    /// <summary>Adds every entity of an entity file to the store; an id may appear once.</summary>
    internal static void ReadEntities(string path, FtmStore store)
    {
        FtmLines.Read(path, (line, json) =>
        {
            var record = FtmRecord.Parse(json);
            FtmSchemata.Of(record.Schema);
            if (store.Find(record.Id) is { } first)
                throw new FormatException($"id {record.Id} is already used at line {first.Line}");
            store.Put(record, path, line);
        });
    }

    /// <summary>The list version of what the store holds, the parties built with everything around them.</summary>
    /// <exception cref="ListDataException">A party has no name; the message names the line that gave it.</exception>
    internal static LoadedList Build(FtmStore store, string sourceId, IReadOnlyList<SourceFile> files)
    {
        var published = store.LatestSeen is { } seen ? DateOnly.FromDateTime(seen) : (DateOnly?)null;
        var version = ListVersionFactory.Create(sourceId, Format, published, files);
        var context = new FtmContext(store);
        var entities = new List<Entity>();
        foreach (var (record, path, line) in store.All.Where(stored => FtmContext.IsScreened(stored.Record)))
        {
            var builder = new EntityBuilder(record.Id, FtmSchemata.Of(record.Schema).ScreenedAs!.Value);
            FtmNames.Add(builder, record);
            if (builder.Names.Count == 0)
                throw new ListDataException(path, $"line {line}", $"{record.Schema} {record.Id} has no name");
            FtmParticulars.Add(builder, record);
            FtmIdentifiers.Add(builder, record);
            FtmRelated.Add(builder, record, context);
            entities.Add(builder.Build(version));
        }
        return new LoadedList(version, entities);
    }

    private static string SourceIdOf(FtmStore store)
    {
        HashSet<string>? shared = null;
        foreach (var (record, _, _) in store.All)
        {
            if (shared is null) shared = new HashSet<string>(record.Datasets, StringComparer.Ordinal);
            else shared.IntersectWith(record.Datasets);
        }
        return shared is { Count: 1 } ? shared.Single() : CollectionSourceId;
    }
}
