using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Ca;

/// <summary>
/// Reads Canada's Consolidated Canadian Autonomous Sanctions List (SEMA and JVCFOR) as published in XML: one
/// &lt;record&gt; per listed person, entity or ship, ids "ca:&lt;regime&gt;/&lt;schedule&gt;/&lt;item&gt;"
/// (<see cref="CaRecordKeys"/>). The file states no publication date, so the version has none. The file is
/// streamed; only one record is held as a tree at a time.
/// </summary>
public static class CaSemaReader
{
    public const string SourceId = "ca";
    public const string Format = "Canada SEMA consolidated XML";

    /// <exception cref="ListDataException">The file is missing, not well-formed (truncated), or a record lacks its
    /// regime, item or name or has a malformed listing date; the message names the record and its line.</exception>
    public static LoadedList Read(string path)
    {
        var entities = ListXml.Read(path, xml =>
        {
            ReadRoot(path, xml);
            return ReadRecords(path, xml);
        });
        var version = ListVersionFactory.Create(SourceId, Format, null, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. entities.Select(builder => builder.Build(version))]);
    }

    private static void ReadRoot(string path, XmlReader xml)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "data-set")
            throw new ListDataException(path, ListXml.Line(xml), $"root element is <{xml.LocalName}>, not <data-set>");
    }

    private static List<EntityBuilder> ReadRecords(string path, XmlReader xml)
    {
        var entities = new List<EntityBuilder>();
        var keys = new CaRecordKeys();
        var ordinal = 0;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "record")
            {
                xml.Read();
                continue;
            }
            ordinal++;
            var location = $"{ListXml.Line(xml)}, record {ordinal}";
            // ReadFrom leaves the reader on the node after the record, so the loop must not Read() again.
            var record = CaRecord.From((XElement)XNode.ReadFrom(xml));
            try
            {
                var id = $"{SourceId}:{keys.Assign(record)}";
                entities.Add(CaRecordMapper.Map(record, id));
            }
            catch (FormatException e)
            {
                throw new ListDataException(path, location, e.Message, e);
            }
        }
        return entities;
    }
}
