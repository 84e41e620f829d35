using Interdict.Core.Model;

namespace Interdict.Sources.Eu;

/// <summary>
/// Reads the EU Financial Sanctions Files (the EU's consolidated list of persons and entities under financial
/// sanctions), published as XML 1.1 and as CSV 1.1 with the same content: one entity per sanctionEntity, ids
/// "eu:&lt;logicalId&gt;". Both formats are read into the same <see cref="EuElement"/>s and mapped by one mapper.
/// </summary>
public static class EuFsfReader
{
    public const string SourceId = "eu";
    public const string XmlFormat = "EU FSF XML 1.1";
    public const string CsvFormat = "EU FSF CSV 1.1";

    /// <exception cref="ListDataException">The file is missing, not well-formed (truncated), or an entity lacks its
    /// logicalId, subject type or name, repeats another's logicalId, or has a malformed value.</exception>
    public static LoadedList ReadXml(string path)
    {
        var (published, entities) = EuXmlFile.Read(path);
        return Build(path, XmlFormat, published, entities);
    }

    /// <exception cref="ListDataException">The file is missing, has no EU header, or a row has another number of
    /// fields than the header, no Entity_LogicalId, or a value that contradicts the entity's other rows.</exception>
    public static LoadedList ReadCsv(string path)
    {
        var (published, entities) = EuCsvFile.Read(path);
        return Build(path, CsvFormat, published, entities);
    }

    private static LoadedList Build(string path, string format, DateOnly? published, List<EuElement> entities)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var builders = new List<EntityBuilder>(entities.Count);
        foreach (var entity in entities)
        {
            var logicalId = entity["logicalId"] ?? throw new ListDataException(path, entity.Location, "sanctionEntity has no logicalId");
            if (!firstSeen.TryAdd(logicalId, entity.Location))
                throw new ListDataException(path, entity.Location, $"logicalId {logicalId} is already used at {firstSeen[logicalId]}");
            var builder = EuEntityMapper.Map(path, entity, $"{SourceId}:{logicalId}");
            if (builder.Names.Count == 0) throw new ListDataException(path, entity.Location, $"entity {logicalId} has no name");
            builders.Add(builder);
        }
        var version = ListVersionFactory.Create(SourceId, format, published, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. builders.Select(builder => builder.Build(version))]);
    }
}
