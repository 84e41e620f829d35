using System.Xml;
using System.Xml.Linq;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>Streams a large XML section one child element at a time, so that a list of thousands of parties is
/// never held as one tree. Shared by the advanced and enhanced readers.</summary>
internal static class XmlSections
{
    /// <summary>The names of the root's child elements, the reader on each in turn: the caller reads it whole,
    /// streams its children with <see cref="Children"/>, or skips it.</summary>
    public static IEnumerable<(string Name, string Line)> Sections(XmlReader reader)
    {
        var rootDepth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > rootDepth)
        {
            if (reader.NodeType == XmlNodeType.Element)
                yield return (reader.LocalName, ListXml.Line(reader));
            else
                reader.Read();
        }
    }

    /// <summary>The child elements of the element the reader is on, each with the line it starts on. Afterwards the
    /// reader is past the element's end tag.</summary>
    public static IEnumerable<(XElement Element, string Line)> Children(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            yield break;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            var line = ListXml.Line(reader);
            yield return ((XElement)XNode.ReadFrom(reader), line);
        }
        reader.Read();
    }

    /// <summary>The element's text, trimmed; null when the element is missing or empty. Inner runs of spaces stay as
    /// OFAC publishes them ("601698  CN"), as the classic XML reader keeps them, so that values agree across formats.</summary>
    public static string? Text(XElement? element) =>
        element?.Value.Trim() is { Length: > 0 } value ? value : null;
}
