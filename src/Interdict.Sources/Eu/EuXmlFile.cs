using System.Xml;
using System.Xml.Linq;

namespace Interdict.Sources.Eu;

/// <summary>
/// The XML front end: reads &lt;export generationDate=…&gt; and its sanctionEntity elements into
/// <see cref="EuElement"/>s, streaming one entity at a time. &lt;remark&gt; elements become remarks, elements with
/// text alone (publicationUrl) attributes, every other element a child.
/// </summary>
internal static class EuXmlFile
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    /// <exception cref="ListDataException">The file is missing, not well-formed, not an EU export, or its
    /// generationDate is malformed.</exception>
    public static (DateOnly? Published, List<EuElement> Entities) Read(string path)
    {
        return ListXml.Read(path, xml => (ReadRoot(path, xml), ReadEntities(xml)));
    }

    private static DateOnly? ReadRoot(string path, XmlReader xml)
    {
        xml.MoveToContent();
        var line = ListXml.Line(xml);
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "export" || xml.NamespaceURI != Namespace)
            throw new ListDataException(path, line, $"root element is <{xml.Name}> in namespace '{xml.NamespaceURI}', not the EU's <export>");
        var root = new EuElement("export", line);
        root.Set("generationDate", xml.GetAttribute("generationDate"));
        try
        {
            return EuValues.GenerationDate(root, "generationDate");
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, line, e.Message, e);
        }
    }

    private static List<EuElement> ReadEntities(XmlReader xml)
    {
        var entities = new List<EuElement>();
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sanctionEntity")
            {
                xml.Read();
                continue;
            }
            var ordinal = entities.Count + 1;
            // The subtree keeps the file's line numbers, so every element's errors can name its line.
            using (var subtree = xml.ReadSubtree())
            {
                var element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                var id = element.Attribute("logicalId")?.Value is { Length: > 0 } logicalId ? logicalId : "none";
                entities.Add(Convert(element, $"{Line(element)}, sanctionEntity #{ordinal} (logicalId {id})"));
            }
            xml.Read();
        }
        return entities;
    }

    private static EuElement Convert(XElement element, string location)
    {
        var result = new EuElement(element.Name.LocalName, location);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            result.Set(attribute.Name.LocalName, attribute.Value);
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "remark") result.AddRemark(child.Value);
            else if (!child.HasElements && !child.HasAttributes) result.Set(name, child.Value);
            else result.Children.Add(Convert(child, Describe(child)));
        }
        return result;
    }

    private static string Describe(XElement element) =>
        element.Attribute("logicalId")?.Value is { Length: > 0 } id
            ? $"{Line(element)}, {element.Name.LocalName} (logicalId {id})"
            : $"{Line(element)}, {element.Name.LocalName}";

    private static string Line(IXmlLineInfo element) => element.HasLineInfo() ? $"line {element.LineNumber}" : "line unknown";
}
