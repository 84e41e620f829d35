using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Sources.Ofac.Advanced;

namespace Interdict.Sources.Ofac.Enhanced;

/// <summary>
/// Reads OFAC's enhanced XML (root &lt;sanctionsData&gt;), the format OFAC recommends, plain or as the zip OFAC
/// publishes, streaming one &lt;entity&gt; at a time. Each entity becomes the entity the classic XML gives for the
/// same OFAC number. The file is refused as a whole when it is not well-formed, or an entity lacks its id or refers
/// to a reference value or feature type the file does not define.
/// </summary>
public static class OfacEnhancedReader
{
    public const string Format = "OFAC enhanced XML";

    /// <summary>The format's namespace, as OFAC's schema location names it.</summary>
    public const string Namespace = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML";

    /// <summary>Reads a file. <paramref name="sourceId"/> ("ofac-cons" or "ofac-sdn") prefixes the entity ids.</summary>
    /// <exception cref="ListDataException">The file is missing, malformed, or has a broken entity or reference.</exception>
    public static LoadedList Read(string sourceId, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        return ListXml.Read(path, reader => ReadList(sourceId, path, reader));
    }

    private static LoadedList ReadList(string sourceId, string path, XmlReader reader)
    {
        if (reader.LocalName != "sanctionsData")
            throw new ListDataException(path, ListXml.Line(reader), $"the root element is <{reader.LocalName}>, not <sanctionsData>");
        XNamespace ns = reader.NamespaceURI;
        var relations = new OfacRelations(path);
        var entities = new List<EntityBuilder>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new ReferenceIds();
        var featureTypes = new ReferenceIds();
        DateOnly? published = null;

        foreach (var (section, line) in XmlSections.Sections(reader))
        {
            switch (section)
            {
                case "publicationInfo":
                    published = DataAsOf(path, line, ((XElement)XNode.ReadFrom(reader)).Element(ns + "dataAsOf")?.Value);
                    break;
                case "referenceValues":
                    references.AddRange(((XElement)XNode.ReadFrom(reader)).Elements(ns + "referenceValue"), "refId");
                    break;
                case "featureTypes":
                    featureTypes.AddRange(((XElement)XNode.ReadFrom(reader)).Elements(ns + "featureType"), "featureTypeId");
                    break;
                case "entities":
                    foreach (var (element, at) in XmlSections.Children(reader))
                    {
                        var entity = new EnhancedEntity(path, at, ns).Read(sourceId, element, relations);
                        CheckReferences(path, at, element, references, featureTypes, ns);
                        if (!ids.Add(entity.Id)) throw new ListDataException(path, at, $"{entity.Id} appears twice");
                        entities.Add(entity);
                    }
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (published is null) throw new ListDataException(path, null, "no publicationInfo/dataAsOf");
        if (entities.Count == 0) throw new ListDataException(path, null, "no entity: the file lists no one");
        var version = ListVersionFactory.Create(sourceId, Format, published, [ListVersionFactory.Describe(path, "main")]);
        return relations.Build(version, entities);
    }

    /// <summary>Every refId and valueRefId of the entity must be one of the file's referenceValues, and every
    /// featureTypeId one of its featureTypes: the entity's text repeats the value, but a dangling reference means
    /// the file is not what OFAC published.</summary>
    private static void CheckReferences(string path, string line, XElement entity, ReferenceIds references,
        ReferenceIds featureTypes, XNamespace ns)
    {
        foreach (var element in entity.Descendants())
        {
            var (id, defined, kind) = element.Attribute("refId") is { } refId ? (refId.Value, references, "referenceValues")
                : element.Attribute("featureTypeId") is { } featureId ? (featureId.Value, featureTypes, "featureTypes")
                : element.Name == ns + "valueRefId" ? (element.Value.Trim(), references, "referenceValues")
                : (null, null, null);
            if (id is not null && !defined!.Contains(id))
                throw new ListDataException(path, $"{line}, entity id {entity.Attribute("id")?.Value}",
                    $"<{element.Name.LocalName}> refers to {id}, which is not defined in {kind}");
        }
    }

    private static DateOnly DataAsOf(string path, string line, string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateOnly.FromDateTime(date)
            : throw new ListDataException(path, line, $"dataAsOf '{text}' is not a date");

    /// <summary>The ids a section defines.</summary>
    private sealed class ReferenceIds : HashSet<string>
    {
        public ReferenceIds() : base(StringComparer.Ordinal) { }

        public void AddRange(IEnumerable<XElement> values, string idAttribute)
        {
            foreach (var value in values)
            {
                if (value.Attribute(idAttribute)?.Value is { } id) Add(id);
            }
        }
    }
}
