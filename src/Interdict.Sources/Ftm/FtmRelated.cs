using Interdict.Core.Model;

namespace Interdict.Sources.Ftm;

/// <summary>
/// What the entities around an FtM party add to it: its sanctions (programmes, listing date), passports and
/// identifications, addresses (Address entities it names, its own address texts, its countries) and relations.
/// </summary>
internal static class FtmRelated
{
    public static void Add(EntityBuilder builder, FtmRecord party, FtmContext context)
    {
        AddSanctions(builder, context.SanctionsOf(party.Id));
        foreach (var identification in context.IdentificationsOf(party.Id)) AddIdentification(builder, identification);
        AddAddresses(builder, party, context);
        foreach (var (relation, other) in context.RelationsOf(party.Id))
        {
            EntityBuilder.AddDistinct(builder.Links,
                new EntityLink(relation, context.NameOf(other), context.IsScreened(other) ? other : null));
        }
    }

    /// <summary>A sanction's programme is its programId ("EU-UKR"), or its wording when it has no id. The entity is
    /// listed on the earliest date any of its sanctions gives (listingDate, else startDate).</summary>
    private static void AddSanctions(EntityBuilder builder, IReadOnlyList<FtmRecord> sanctions)
    {
        foreach (var sanction in sanctions)
        {
            var programs = sanction["programId"].Count > 0 ? sanction["programId"] : sanction["program"];
            foreach (var program in programs) EntityBuilder.AddDistinct(builder.Programs, program);
            var dates = sanction["listingDate"].Count > 0 ? sanction["listingDate"] : sanction["startDate"];
            foreach (var date in dates)
            {
                if (FtmParticulars.Date(date)?.From is { Day: not null } day && (builder.ListedOn is null || day.Earliest < builder.ListedOn))
                    builder.ListedOn = day.Earliest;
            }
        }
    }

    private static void AddIdentification(EntityBuilder builder, FtmRecord identification)
    {
        var kind = identification.First("type");
        var type = identification.Schema == "Passport" || kind?.Contains("passport", StringComparison.OrdinalIgnoreCase) == true
            ? IdentifierType.Passport
            : IdentifierType.Other;
        var note = string.Join("; ", Noted("issued by", identification["authority"]),
            Noted("issued", identification["startDate"]), Noted("expires", identification["endDate"])).Trim(' ', ';');
        foreach (var number in identification["number"].Concat(identification["passportNumber"]))
        {
            FtmIdentifiers.Add(builder, new Identifier(type, number,
                Country: FtmParticulars.CountryOf(identification, "country"),
                Label: kind ?? identification.Schema,
                Note: note.Length > 0 ? note : null));
        }
    }

    private static string Noted(string label, IReadOnlyList<string> values) =>
        values.Count > 0 ? $"{label} {string.Join(", ", values)}" : "";

    /// <summary>OpenSanctions gives a party both its Address entities (addressEntity) and their full text (address):
    /// a text that is the full form of an Address entity already read is not repeated. A country the party is tied
    /// to (country, jurisdiction) that no address names is kept as an address of that country alone, as lists give
    /// many addresses.</summary>
    private static void AddAddresses(EntityBuilder builder, FtmRecord party, FtmContext context)
    {
        var fullTexts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in party["addressEntity"])
        {
            if (context.Address(id) is not { } address) continue;
            fullTexts.UnionWith(address["full"]);
            EntityBuilder.AddDistinct(builder.Addresses, Structured(address));
        }
        foreach (var text in party["address"].Where(text => !fullTexts.Contains(text)))
            EntityBuilder.AddDistinct(builder.Addresses, new Address(Street: text));
        foreach (var country in party["country"].Concat(party["jurisdiction"]).Select(FtmParticulars.Country))
        {
            if (!builder.Addresses.Exists(a => a.Country == country)) builder.Addresses.Add(new Address(Country: country));
        }
    }

    /// <summary>An Address entity in parts; one that has neither street nor city keeps its full text as the street.</summary>
    private static Address? Structured(FtmRecord address)
    {
        // Several values of a part are spellings of one address ("P.O. Box 9050", "PO Box 9050"): the first is kept.
        var street = Join([address.First("street"), address.First("street2"), address.First("postOfficeBox")]);
        var city = address.First("city");
        var country = FtmParticulars.CountryOf(address, "country");
        if (street is null && city is null)
        {
            var full = address.First("full");
            return full is null && country is null ? null : new Address(Street: full, Country: country);
        }
        return new Address(
            Street: street,
            City: city,
            Region: address.First("region") ?? address.First("state"),
            PostalCode: address.First("postalCode"),
            Country: country);
    }

    private static string? Join(IEnumerable<string?> parts)
    {
        var text = string.Join(", ", parts.OfType<string>());
        return text.Length > 0 ? text : null;
    }
}
