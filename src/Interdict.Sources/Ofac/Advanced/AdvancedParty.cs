using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// Reads one &lt;DistinctParty&gt; of OFAC's advanced XML into an <see cref="EntityBuilder"/>: its OFAC number
/// (FixedRef, the classic uid), its type, the names of its identity composed as the classic XML's "LASTNAME,
/// Given", its features and identity documents, and its remarks (the party's comment).
/// </summary>
internal sealed class AdvancedParty(AdvancedFile file, string line)
{
    private static readonly Dictionary<string, bool> SurnameParts =
        SourceTable.Read(typeof(AdvancedParty), "ofac-name-parts.tsv", "part", "role", "note")
            .ToDictionary(r => r[0], r => r[1] == "surname", StringComparer.OrdinalIgnoreCase);

    private XNamespace Ns => file.Ns;

    /// <summary>The party, and the id of its profile, by which the later sections refer to it.</summary>
    public (EntityBuilder Entity, string ProfileId) Read(XElement party)
    {
        var uid = Attribute(party, "FixedRef") ?? throw new ListDataException(file.Path, $"{line}, DistinctParty", "the party has no FixedRef");
        var location = $"{line}, DistinctParty FixedRef {uid}";
        var profile = party.Element(Ns + "Profile") ?? throw new ListDataException(file.Path, location, "the party has no Profile");
        var profileId = Attribute(profile, "ID") ?? throw new ListDataException(file.Path, location, "the profile has no ID");

        var entity = new EntityBuilder(OfacEntries.EntityId(file.SourceId, uid), SchemaOf(profile, location));
        var identities = profile.Elements(Ns + "Identity").OrderByDescending(i => Attribute(i, "Primary") == "true").ToList();
        foreach (var identity in identities)
            AddNames(entity, identity, location);
        if (entity.Names.Count == 0 || entity.Names[0].Kind != NameKind.Primary)
            throw new ListDataException(file.Path, location, "the party has no primary name");
        foreach (var feature in profile.Elements(Ns + "Feature"))
            AddFeature(entity, feature, location);
        foreach (var document in identities.SelectMany(i => file.Documents(Attribute(i, "ID"))))
            OfacFeatures.ApplyDocument(entity, document);
        if (XmlSections.Text(party.Element(Ns + "Comment")) is { } remarks)
            OfacParticulars.ApplyRemarks(entity, remarks);
        return (entity, profileId);
    }

    // PartySubType "Vessel" and "Aircraft" are transports; the others are of their PartyType, "Individual" or "Entity".
    private Schema SchemaOf(XElement profile, string location)
    {
        var subType = file.References.Element("PartySubType", Attribute(profile, "PartySubTypeID"), location);
        var type = subType.Value.Trim() is "Vessel" or "Aircraft"
            ? subType.Value.Trim()
            : file.References.Text(subType, "PartyType", location);
        return OfacEntries.SchemaOf(type) ?? throw new ListDataException(file.Path, location, $"unknown party type '{type}'");
    }

    private void AddNames(EntityBuilder entity, XElement identity, string location)
    {
        var partTypes = identity.Descendants(Ns + "NamePartGroup").ToDictionary(
            g => Attribute(g, "ID") ?? "",
            g => file.References.Text(g, "NamePartType", location));
        foreach (var alias in identity.Elements(Ns + "Alias"))
        {
            var aliasType = file.References.Text(alias, "AliasType", location);
            var kind = Attribute(alias, "Primary") == "true"
                ? NameKind.Primary
                : OfacEntries.AliasKind(aliasType) ?? throw new ListDataException(file.Path, location, $"unknown alias type '{aliasType}'");
            var quality = Attribute(alias, "LowQuality") == "true" ? NameQuality.Low : NameQuality.Good;
            foreach (var name in alias.Elements(Ns + "DocumentedName"))
            {
                if (ComposeName(name, partTypes, location) is { } value)
                    entity.AddName(OfacEntries.Name(value, kind, quality));
            }
        }
    }

    // "LASTNAME, Given names" as OFAC's formatted names and the classic XML write them.
    private string? ComposeName(XElement name, Dictionary<string, string> partTypes, string location)
    {
        var surname = new List<string>();
        var given = new List<string>();
        foreach (var part in name.Descendants(Ns + "NamePartValue"))
        {
            var value = XmlSections.Text(part);
            if (value is null) continue;
            var group = Attribute(part, "NamePartGroupID") ?? "";
            if (!partTypes.TryGetValue(group, out var type))
                throw new ListDataException(file.Path, location, $"name part group {group} is not defined in the identity");
            if (SurnameParts.GetValueOrDefault(type))
                surname.Add(value.ToUpperInvariant());
            else
                given.Add(value);
        }
        return (surname.Count, given.Count) switch
        {
            (0, 0) => null,
            (_, 0) => string.Join(" ", surname),
            (0, _) => string.Join(" ", given),
            _ => $"{string.Join(" ", surname)}, {string.Join(" ", given)}",
        };
    }

    private void AddFeature(EntityBuilder entity, XElement feature, string location)
    {
        var type = file.References.Text(feature, "FeatureType", location);
        foreach (var version in feature.Elements(Ns + "FeatureVersion"))
        {
            var detail = version.Element(Ns + "VersionDetail");
            var place = version.Element(Ns + "VersionLocation") is { } l ? file.Location(Attribute(l, "LocationID"), location) : null;
            if (detail is null)
            {
                // A feature that is only a location is an address.
                if (place?.Address is { } address) EntityBuilder.AddDistinct(entity.Addresses, address);
                continue;
            }
            var value = file.References.Text(detail, "DetailType", location) switch
            {
                "DATE" => version.Element(Ns + "DatePeriod") is { } period ? AdvancedDates.Period(period, Ns) : null,
                "LOOKUP" => file.References.Text(detail, "DetailReference", location),
                "COUNTRY" => place?.Country ?? place?.Text,
                _ => XmlSections.Text(detail),
            };
            if (value is not null) OfacFeatures.Apply(entity, type, value);
        }
    }

    private static string? Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
