using Interdict.Core.Model;
using static Interdict.Sources.Eu.EuValues;

namespace Interdict.Sources.Eu;

/// <summary>
/// Reads an address element: street and poBox as the street, city, region, zipCode, country; place,
/// asAtListingTime and remarks in the note. Its contactInfo (key PHONE, FAX, EMAIL, WEB) become identifiers of the
/// address's country, which screening compares; a key contact-info-keys.tsv does not know stays in the note.
/// </summary>
internal static class EuAddresses
{
    /// <exception cref="FormatException">asAtListingTime is not true or false.</exception>
    public static void Add(EntityBuilder builder, EuElement address)
    {
        var notes = new List<string?> { address["place"], address.Flag("asAtListingTime") == true ? "address at the time of listing" : null };
        foreach (var contact in address.ChildrenNamed("contactInfo"))
        {
            if (contact["key"] is not { } key || contact["value"] is not { } value) continue;
            if (EuLabels.ContactType(key) is not { } type)
            {
                notes.Add($"{key}: {value}");
                continue;
            }
            // One value may hold several numbers ("668 33 01; 0300- 820 91 99"): each is compared on its own.
            foreach (var each in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(type, each, Country(address), key));
        }
        notes.AddRange(address.Remarks);

        var present = notes.OfType<string>().ToArray();
        var result = new Address(
            Join(PlacePart(address, "street"), address["poBox"]),
            PlacePart(address, "city"),
            address["region"],
            address["zipCode"],
            Country(address),
            present.Length == 0 ? null : string.Join("; ", present));
        if (result != new Address()) EntityBuilder.AddDistinct(builder.Addresses, result);
    }
}
