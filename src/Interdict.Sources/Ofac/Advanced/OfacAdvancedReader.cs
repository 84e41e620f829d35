using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// Reads OFAC's advanced XML (root &lt;Sanctions&gt;), plain or packed, streaming one section element at a time:
/// reference values, locations and identity documents first, then the distinct parties, then the relations between
/// them and the sanctions entries that give their programmes and listing dates. Each party becomes the entity the
/// classic XML gives for the same OFAC number. The file is refused as a whole when it is not well-formed or refers
/// to anything it does not define.
/// </summary>
public static class OfacAdvancedReader
{
    public const string Format = "OFAC advanced XML";

    /// <summary>The namespaces OFAC has published the format in.</summary>
    public static readonly IReadOnlySet<string> Namespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "http://www.un.org/sanctions/1.0",
        "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML",
    };

    /// <summary>Reads a file. <paramref name="sourceId"/> ("ofac-cons" or "ofac-sdn") prefixes the entity ids.</summary>
    /// <exception cref="ListDataException">The file is missing, malformed, or has a broken party or reference.</exception>
    public static LoadedList Read(string sourceId, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        return ListXml.Read(path, reader => ReadList(sourceId, path, reader));
    }

    private static LoadedList ReadList(string sourceId, string path, XmlReader reader)
    {
        if (reader.LocalName != "Sanctions")
            throw new ListDataException(path, ListXml.Line(reader), $"the root element is <{reader.LocalName}>, not <Sanctions>");
        var file = new AdvancedFile(path, sourceId, reader.NamespaceURI);
        var relations = new OfacRelations(path);
        var entities = new List<EntityBuilder>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byProfile = new Dictionary<string, EntityBuilder>(StringComparer.Ordinal);
        DateOnly? published = null;

        foreach (var (section, line) in XmlSections.Sections(reader))
        {
            switch (section)
            {
                case "DateOfIssue":
                    var date = (XElement)XNode.ReadFrom(reader);
                    published = AdvancedDates.Day(date, file.Ns)
                        ?? throw new ListDataException(path, line, "DateOfIssue is not a date");
                    break;
                case "ReferenceValueSets":
                    file.ReadReferences((XElement)XNode.ReadFrom(reader));
                    break;
                case "Locations":
                    foreach (var (location, at) in XmlSections.Children(reader)) file.AddLocation(location, at);
                    break;
                case "IDRegDocuments":
                    foreach (var (document, at) in XmlSections.Children(reader)) file.AddDocument(document, at);
                    break;
                case "DistinctParties":
                    foreach (var (party, at) in XmlSections.Children(reader))
                    {
                        var (entity, profileId) = new AdvancedParty(file, at).Read(party);
                        if (!byProfile.TryAdd(profileId, entity) || !ids.Add(entity.Id))
                            throw new ListDataException(path, at, $"{entity.Id} (profile {profileId}) appears twice");
                        entities.Add(entity);
                    }
                    break;
                case "ProfileRelationships":
                    foreach (var (relation, at) in XmlSections.Children(reader)) AddRelation(file, relations, byProfile, relation, at);
                    break;
                case "SanctionsEntries":
                    foreach (var (entry, at) in XmlSections.Children(reader)) AddSanctionsEntry(file, byProfile, entry, at);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (published is null) throw new ListDataException(path, null, "no DateOfIssue");
        if (entities.Count == 0) throw new ListDataException(path, null, "no DistinctParty: the file lists no one");
        var version = ListVersionFactory.Create(sourceId, Format, published, [ListVersionFactory.Describe(path, "main")]);
        return relations.Build(version, entities);
    }

    // A relation goes From a profile To another: "Owned or Controlled By" is stated on the owned party.
    private static void AddRelation(AdvancedFile file, OfacRelations relations, Dictionary<string, EntityBuilder> byProfile,
        XElement relation, string line)
    {
        var where = $"{line}, ProfileRelationship {relation.Attribute("ID")?.Value}";
        var from = Party(file, byProfile, relation.Attribute("From-ProfileID")?.Value, where);
        var to = Party(file, byProfile, relation.Attribute("To-ProfileID")?.Value, where);
        var type = file.References.Text(relation, "RelationType", where);
        relations.Add(from, type, to.Id, null, where);
    }

    // A party is on several lists (SDN, consolidated, sectoral …), one entry each. The programmes are the comments
    // of the "Program" measures; the party was first listed at the earliest entry event.
    private static void AddSanctionsEntry(AdvancedFile file, Dictionary<string, EntityBuilder> byProfile, XElement entry, string line)
    {
        var where = $"{line}, SanctionsEntry {entry.Attribute("ID")?.Value}";
        var entity = Party(file, byProfile, entry.Attribute("ProfileID")?.Value, where);
        foreach (var measure in entry.Elements(file.Ns + "SanctionsMeasure"))
        {
            if (file.References.Text(measure, "SanctionsType", where) == "Program")
                EntityBuilder.AddDistinct(entity.Programs, XmlSections.Text(measure.Element(file.Ns + "Comment")));
        }
        foreach (var date in entry.Elements(file.Ns + "EntryEvent").Select(e => AdvancedDates.Day(e.Element(file.Ns + "Date"), file.Ns)))
        {
            if (date is { } day && (entity.ListedOn is null || day < entity.ListedOn)) entity.ListedOn = day;
        }
    }

    private static EntityBuilder Party(AdvancedFile file, Dictionary<string, EntityBuilder> byProfile, string? profileId, string where) =>
        profileId is not null && byProfile.TryGetValue(profileId, out var entity)
            ? entity
            : throw new ListDataException(file.Path, where, $"profile {profileId} is not among the DistinctParties");
}
