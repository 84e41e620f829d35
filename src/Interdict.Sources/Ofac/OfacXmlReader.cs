using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Ofac;

/// <summary>
/// Reads OFAC's classic XML (&lt;sdnList&gt;), in the old namespace ("http://tempuri.org/sdnList.xsd") or the
/// current one, streaming one &lt;sdnEntry&gt; at a time. The file is refused as a whole when it is not
/// well-formed or holds fewer entries than its Record_Count says.
/// </summary>
public static class OfacXmlReader
{
    public const string Format = "OFAC XML (sdnList)";

    /// <summary>Reads a file. <paramref name="sourceId"/> ("ofac-cons" or "ofac-sdn") prefixes the entity ids.</summary>
    /// <exception cref="ListDataException">The file is missing, malformed, incomplete, or has a broken entry.</exception>
    public static LoadedList Read(string sourceId, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        if (!File.Exists(path)) throw new ListDataException(path, null, "the file does not exist");
        return ListXml.Read(path, reader => ReadList(sourceId, path, reader));
    }

    private static LoadedList ReadList(string sourceId, string path, XmlReader reader)
    {
        DateOnly? published = null;
        int? recordCount = null;
        var entities = new List<EntityBuilder>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        if (reader.LocalName != "sdnList")
            throw new ListDataException(path, ListXml.Line(reader), $"the root element is <{reader.LocalName}>, not <sdnList>");
        var ns = XNamespace.Get(reader.NamespaceURI);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            var line = ListXml.Line(reader);
            var element = (XElement)XNode.ReadFrom(reader);
            if (element.Name == ns + "publshInformation")
            {
                published = PublishDate(path, line, element.Element(ns + "Publish_Date")?.Value);
                recordCount = RecordCount(path, line, element.Element(ns + "Record_Count")?.Value);
            }
            else if (element.Name == ns + "sdnEntry")
            {
                var entity = new OfacXmlEntry(path, line, ns).Read(sourceId, element);
                if (!ids.Add(entity.Id))
                    throw new ListDataException(path, line, $"{entity.Id} appears twice");
                entities.Add(entity);
            }
        }

        if (recordCount is null)
            throw new ListDataException(path, null, "no publshInformation/Record_Count: the file cannot be checked for completeness");
        if (recordCount != entities.Count)
            throw new ListDataException(path, null,
                $"Record_Count says {recordCount} entries but the file holds {entities.Count}: it is truncated or altered");
        var version = ListVersionFactory.Create(sourceId, Format, published, [ListVersionFactory.Describe(path, "main")]);
        return OfacEntries.Build(version, entities);
    }

    // OFAC writes the date US-style: 12/18/2025.
    private static DateOnly? PublishDate(string path, string line, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), ["MM/dd/yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ListDataException(path, line, $"Publish_Date '{text}' is not a MM/dd/yyyy date");
    }

    private static int? RecordCount(string path, string line, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new ListDataException(path, line, $"Record_Count '{text}' is not a number");
    }
}
