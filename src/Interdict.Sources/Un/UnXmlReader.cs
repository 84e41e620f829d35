using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Un;

/// <summary>
/// Reads the UN Security Council consolidated list (CONSOLIDATED_LIST XML): INDIVIDUALS/INDIVIDUAL as persons,
/// ENTITIES/ENTITY as organizations, ids "un:&lt;REFERENCE_NUMBER&gt;". The file is streamed; only one entry is held
/// as a tree at a time.
/// </summary>
public static class UnXmlReader
{
    public const string SourceId = "un";
    public const string Format = "UN consolidated XML";

    /// <exception cref="ListDataException">The file is missing, not well-formed (truncated, bytes that are not the
    /// declared encoding), or an entry lacks its reference number or name or repeats another's reference.</exception>
    public static LoadedList Read(string path)
    {
        var (published, entities) = ListXml.Read(path, xml => (ReadRoot(path, xml), ReadEntries(path, xml)));
        var version = ListVersionFactory.Create(SourceId, Format, published, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. entities.Select(builder => builder.Build(version))]);
    }

    private static DateOnly? ReadRoot(string path, XmlReader xml)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "CONSOLIDATED_LIST")
            throw new ListDataException(path, ListXml.Line(xml), $"root element is <{xml.LocalName}>, not <CONSOLIDATED_LIST>");
        if (xml.GetAttribute("dateGenerated") is not { } generated) return null;
        return DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : throw new ListDataException(path, ListXml.Line(xml), $"dateGenerated '{generated}' is not a date");
    }

    private static List<EntityBuilder> ReadEntries(string path, XmlReader xml)
    {
        var entities = new List<EntityBuilder>();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName is not ("INDIVIDUAL" or "ENTITY"))
            {
                xml.Read();
                continue;
            }
            var kind = xml.LocalName;
            var line = ListXml.Line(xml);
            ordinals[kind] = ordinals.GetValueOrDefault(kind) + 1;
            // ReadFrom leaves the reader on the node after the entry, so the loop must not Read() again.
            var entry = (XElement)XNode.ReadFrom(xml);
            var location = $"{line}, {kind} #{ordinals[kind]} (DATAID {UnElements.Text(entry, "DATAID") ?? "none"})";

            var reference = UnElements.Text(entry, "REFERENCE_NUMBER")
                ?? throw new ListDataException(path, location, "no REFERENCE_NUMBER");
            if (!firstSeen.TryAdd(reference, location))
                throw new ListDataException(path, location, $"REFERENCE_NUMBER {reference} is already used at {firstSeen[reference]}");
            var builder = Parse(path, location, entry, reference, kind == "INDIVIDUAL" ? Schema.Person : Schema.Organization);
            if (builder.Names.Count == 0) throw new ListDataException(path, location, $"{reference} has no name");
            entities.Add(builder);
        }
        return entities;
    }

    private static EntityBuilder Parse(string path, string location, XElement entry, string reference, Schema schema)
    {
        try
        {
            return UnEntryParser.Parse(entry, $"{SourceId}:{reference}", schema);
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, location, e.Message, e);
        }
    }

}
