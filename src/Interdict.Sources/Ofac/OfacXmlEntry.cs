using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Ofac;

/// <summary>
/// Reads one &lt;sdnEntry&gt; of OFAC's classic XML into an <see cref="EntityBuilder"/>. Names are composed as the
/// CSV writes them ("LASTNAME, Firstname"), and ids, birth dates and places, nationalities and remarks are written as
/// the CSV's remark parts ("Passport 123 (Iran) issued 1999") and read by the same <see cref="OfacParticulars"/>,
/// so one OFAC entry gives the same entity from either format.
/// </summary>
internal sealed class OfacXmlEntry(string path, string line, XNamespace ns)
{
    private static readonly string[] StreetLines = ["address1", "address2", "address3"];

    public EntityBuilder Read(string sourceId, XElement entry)
    {
        var uid = Text(entry, "uid") ?? throw new ListDataException(path, $"{line}, sdnEntry", "the entry has no uid");
        var location = $"{line}, sdnEntry uid {uid}";
        var name = ComposeName(entry) ?? throw new ListDataException(path, location, "the entry has no name");
        var type = Text(entry, "sdnType");
        var schema = OfacEntries.SchemaOf(type) ?? throw new ListDataException(path, location, $"unknown sdnType '{type}'");

        var entity = new EntityBuilder(OfacEntries.EntityId(sourceId, uid), schema);
        entity.AddName(OfacEntries.Name(name, NameKind.Primary, NameQuality.Good));
        foreach (var aka in Items(entry, "akaList", "aka"))
        {
            var kind = OfacEntries.AliasKind(Text(aka, "type"))
                ?? throw new ListDataException(path, location, $"unknown aka type '{Text(aka, "type")}'");
            var quality = Text(aka, "category") == "weak" ? NameQuality.Low : NameQuality.Good;
            if (ComposeName(aka) is { } alias)
                entity.AddName(OfacEntries.Name(alias, kind, quality));
        }
        foreach (var program in Items(entry, "programList", "program"))
            EntityBuilder.AddDistinct(entity.Programs, program.Value.Trim());
        OfacEntries.AddPositions(entity, Text(entry, "title"));
        foreach (var address in Items(entry, "addressList", "address"))
            AddAddress(entity, address);
        if (entry.Element(ns + "vesselInfo") is { } vessel)
        {
            entity.Vessel = new VesselDetails(
                Type: Text(vessel, "vesselType"), Flag: Text(vessel, "vesselFlag"), CallSign: Text(vessel, "callSign"),
                Tonnage: Text(vessel, "tonnage"), GrossRegisteredTonnage: Text(vessel, "grossRegisteredTonnage"),
                Owner: Text(vessel, "vesselOwner"));
        }

        // The CSV's wording of these parts, so that the one parser reads both formats alike.
        foreach (var birth in Items(entry, "dateOfBirthList", "dateOfBirthItem"))
            ApplyPart(entity, "DOB", Text(birth, "dateOfBirth"));
        foreach (var birth in Items(entry, "placeOfBirthList", "placeOfBirthItem"))
            ApplyPart(entity, "POB", Text(birth, "placeOfBirth"));
        foreach (var nationality in Items(entry, "nationalityList", "nationality"))
            ApplyPart(entity, "nationality", Text(nationality, "country"));
        foreach (var citizenship in Items(entry, "citizenshipList", "citizenship"))
            ApplyPart(entity, "citizen", Text(citizenship, "country"));
        foreach (var id in Items(entry, "idList", "id"))
            ApplyPart(entity, Text(id, "idType"), IdValue(id));
        if (Text(entry, "remarks") is { } remarks)
            OfacParticulars.ApplyRemarks(entity, remarks);
        return entity;
    }

    // idType carries OFAC's separator where the CSV has one ("Secondary sanctions risk:"), so a space joins them.
    private string? IdValue(XElement id)
    {
        var value = Text(id, "idNumber");
        if (Text(id, "idCountry") is { } country) value += $" ({country})";
        if (Text(id, "issueDate") is { } issued) value += $" issued {issued}";
        if (Text(id, "expirationDate") is { } expires) value += $" expires {expires}";
        return value;
    }

    private static void ApplyPart(EntityBuilder entity, string? label, string? value)
    {
        var part = label is null ? value : value is null ? label : $"{label} {value}";
        if (part is not null) OfacParticulars.ApplyPart(entity, part);
    }

    private void AddAddress(EntityBuilder entity, XElement address)
    {
        var street = string.Join(", ", StreetLines.Select(n => Text(address, n)).OfType<string>());
        var result = new Address(
            Street: street.Length == 0 ? null : street,
            City: Text(address, "city"),
            Region: Text(address, "stateOrProvince"),
            PostalCode: Text(address, "postalCode"),
            Country: Text(address, "country"));
        if (result != new Address()) EntityBuilder.AddDistinct(entity.Addresses, result);
    }

    // "LASTNAME, Firstname" as the CSV's SDN_Name, or the one part there is.
    private string? ComposeName(XElement element) =>
        (Text(element, "lastName"), Text(element, "firstName")) switch
        {
            ({ } last, { } first) => $"{last}, {first}",
            (var last, var first) => last ?? first,
        };

    private IEnumerable<XElement> Items(XElement entry, string list, string item) =>
        entry.Element(ns + list)?.Elements(ns + item) ?? [];

    private string? Text(XElement element, string name) =>
        element.Element(ns + name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
