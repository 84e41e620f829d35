using System.Globalization;
using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Sources.Ofac.Advanced;

namespace Interdict.Sources.Ofac.Enhanced;

/// <summary>
/// Reads one &lt;entity&gt; of OFAC's enhanced XML into an <see cref="EntityBuilder"/>: its OFAC number (the
/// classic uid), its type, its names in every script (OFAC's formatted "LASTNAME, Given"), addresses, features,
/// identity documents, programmes, first listing date and remarks. Relations are handed to
/// <see cref="OfacRelations"/>, resolved once the whole list is read.
/// </summary>
internal sealed class EnhancedEntity(string path, string line, XNamespace ns)
{
    public EntityBuilder Read(string sourceId, XElement element, OfacRelations relations)
    {
        var uid = Attribute(element, "id") ?? throw new ListDataException(path, $"{line}, entity", "the entity has no id");
        var location = $"{line}, entity id {uid}";
        var info = element.Element(ns + "generalInfo");
        var type = Text(info, "entityType");
        var schema = OfacEntries.SchemaOf(type) ?? throw new ListDataException(path, location, $"unknown entityType '{type}'");

        var entity = new EntityBuilder(OfacEntries.EntityId(sourceId, uid), schema);
        foreach (var name in Items(element, "names", "name"))
            AddName(entity, name, location);
        if (entity.Names.Count == 0 || entity.Names[0].Kind != NameKind.Primary)
            throw new ListDataException(path, location, "the entity has no primary name");
        foreach (var program in Items(element, "sanctionsPrograms", "sanctionsProgram"))
            EntityBuilder.AddDistinct(entity.Programs, XmlSections.Text(program));
        foreach (var list in Items(element, "sanctionsLists", "sanctionsList"))
        {
            if (DateOnly.TryParse(list.Attribute("datePublished")?.Value, CultureInfo.InvariantCulture, out var listed)
                && (entity.ListedOn is null || listed < entity.ListedOn))
                entity.ListedOn = listed;
        }
        foreach (var address in Items(element, "addresses", "address"))
            AddAddresses(entity, address);
        foreach (var feature in Items(element, "features", "feature"))
        {
            if (Text(feature, "type") is { } featureType && Text(feature, "value") is { } value)
                OfacFeatures.Apply(entity, featureType, value);
        }
        foreach (var document in Items(element, "identityDocuments", "identityDocument"))
        {
            var number = Text(document, "documentNumber")
                ?? throw new ListDataException(path, location, $"identity document {Attribute(document, "id")} has no documentNumber");
            var documentType = Text(document, "type")
                ?? throw new ListDataException(path, location, $"identity document {Attribute(document, "id")} has no type");
            OfacFeatures.ApplyDocument(entity, new OfacDocument(documentType, number, Text(document, "issuingCountry")));
        }
        foreach (var relation in Items(element, "relationships", "relationship"))
        {
            var related = relation.Element(ns + "relatedEntity");
            var relatedId = related is null ? null : Attribute(related, "entityId");
            if (Text(relation, "type") is not { } relationType || relatedId is null)
                throw new ListDataException(path, location, $"relationship {Attribute(relation, "id")} has no type or related entity");
            relations.Add(entity, relationType, OfacEntries.EntityId(sourceId, relatedId), XmlSections.Text(related), location);
        }
        if (Text(info, "remarks") is { } remarks)
            OfacParticulars.ApplyRemarks(entity, remarks);
        return entity;
    }

    // Each translation of a name is a name of its own, of the same kind: the Latin one as the classic XML writes it,
    // and its Cyrillic, Chinese … forms, which only this format carries.
    private void AddName(EntityBuilder entity, XElement name, string location)
    {
        var kind = Text(name, "isPrimary") == "true"
            ? NameKind.Primary
            : OfacEntries.AliasKind(Text(name, "aliasType"))
                ?? throw new ListDataException(path, location, $"name {Attribute(name, "id")}: unknown aliasType '{Text(name, "aliasType")}'");
        var quality = Text(name, "isLowQuality") == "true" ? NameQuality.Low : NameQuality.Good;
        foreach (var translation in Items(name, "translations", "translation"))
        {
            var value = Text(translation, "formattedFullName") ?? ComposedName(translation);
            if (value is not null) entity.AddName(OfacEntries.Name(value, kind, quality));
        }
    }

    private string? ComposedName(XElement translation) =>
        (Text(translation, "formattedLastName"), Text(translation, "formattedFirstName")) switch
        {
            ({ } last, { } first) => $"{last}, {first}",
            (var last, var first) => last ?? first,
        };

    private void AddAddresses(EntityBuilder entity, XElement address)
    {
        var country = Text(address, "country");
        var translations = Items(address, "translations", "translation").ToList();
        if (translations.Count == 0) EntityBuilder.AddDistinct(entity.Addresses, OfacAddresses.Build([], country));
        foreach (var translation in translations)
        {
            var parts = Items(translation, "addressParts", "addressPart")
                .Select(p => (Type: Text(p, "type"), Value: Text(p, "value")))
                .Where(p => p.Type is not null && p.Value is not null)
                .Select(p => (p.Type!, p.Value!));
            EntityBuilder.AddDistinct(entity.Addresses, OfacAddresses.Build(parts, country));
        }
    }

    private IEnumerable<XElement> Items(XElement element, string list, string item) =>
        element.Element(ns + list)?.Elements(ns + item) ?? [];

    private string? Text(XElement? element, string name) => XmlSections.Text(element?.Element(ns + name));

    private static string? Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
