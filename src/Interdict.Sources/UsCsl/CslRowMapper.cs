using System.Globalization;
using Interdict.Core.Model;
using Interdict.Core.Text;
using Interdict.Sources.Ofac;
using C = Interdict.Sources.UsCsl.CslColumns;

namespace Interdict.Sources.UsCsl;

/// <summary>
/// Reads one row of the screening list into an entity. Entries the CSL re-publishes from OFAC are read with the
/// OFAC readers' own helpers (types, positions, remark parts, id records), so they land in the model as OFAC's
/// files put them; the other agencies' entries have no type, and get their list's schema (<see cref="UntypedParties"/>).
/// </summary>
internal static class CslRowMapper
{
    /// <exception cref="FormatException">The row has an unknown type or a malformed start date.</exception>
    public static EntityBuilder Map(string id, CslSource source, IReadOnlyList<string?> row, C columns, IdItemLayout idLayout)
    {
        var name = columns[row, C.Name] ?? throw new FormatException("the entry has no name");
        var entity = new EntityBuilder(id, SchemaOf(source, columns[row, C.Type], name));
        CslNames.Add(entity, name, columns[row, C.AltNames], fromOfac: source.OfacListId is not null);
        foreach (var program in C.Items(columns[row, C.Programs])) EntityBuilder.AddDistinct(entity.Programs, program);
        OfacEntries.AddPositions(entity, columns[row, C.Title]);
        foreach (var address in C.Items(columns[row, C.Addresses])) EntityBuilder.AddDistinct(entity.Addresses, ParseAddress(address));
        AddBirthDates(entity, columns[row, C.DatesOfBirth]);
        foreach (var place in C.Items(columns[row, C.PlacesOfBirth])) EntityBuilder.AddDistinct(entity.PlacesOfBirth, place);
        foreach (var country in C.Items(columns[row, C.Nationalities])) EntityBuilder.AddDistinct(entity.Nationalities, country);
        foreach (var country in C.Items(columns[row, C.Citizenships])) EntityBuilder.AddDistinct(entity.Citizenships, country);
        var vessel = new VesselDetails(
            Type: columns[row, C.VesselType], Flag: columns[row, C.VesselFlag], CallSign: columns[row, C.CallSign],
            Tonnage: columns[row, C.GrossTonnage], GrossRegisteredTonnage: columns[row, C.GrossRegisteredTonnage],
            Owner: columns[row, C.VesselOwner]);
        if (vessel != new VesselDetails()) entity.Vessel = vessel;
        entity.ListedOn = ParseIsoDate(columns[row, C.StartDate], C.StartDate);
        foreach (var item in C.Items(columns[row, C.Ids])) CslIdItems.Apply(entity, item, idLayout);

        if (columns[row, C.Remarks] is { } remarks)
        {
            if (source.OfacListId is not null) OfacParticulars.ApplyRemarks(entity, remarks);
            else EntityBuilder.AddDistinct(entity.Remarks, remarks);
        }
        AddRemark(entity, "Federal Register notice", columns[row, C.FederalRegisterNotice]);
        AddRemark(entity, "End date", columns[row, C.EndDate]);
        AddRemark(entity, "License requirement", columns[row, C.LicenseRequirement]);
        AddRemark(entity, "License policy", columns[row, C.LicensePolicy]);
        return entity;
    }

    /// <summary>The type column uses OFAC's types; the lists of other agencies leave it empty.</summary>
    private static Schema SchemaOf(CslSource source, string? type, string name)
    {
        if (type is not null)
            return OfacEntries.SchemaOf(type) ?? throw new FormatException($"unknown type '{type}'");
        return source.Untyped is { } listDefault
            ? UntypedParties.SchemaOf(name, listDefault)
            : throw new FormatException($"an entry of {source.Code} has no type");
    }

    /// <summary>"31 Jinrong Street, Xicheng District, Beijing, 100033, CN": the CSL joins an address's parts with
    /// commas and ends it with the country code. The parts before it cannot be told apart reliably (city, region
    /// and postal code come in varying order), so they stay whole: as the street, or as the city when there is one
    /// part ("Basrah, IQ").</summary>
    private static Address ParseAddress(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var country = parts.Length > 0 && C.IsCountryCode(parts[^1]) ? parts[^1] : null;
        var rest = country is null ? parts : parts[..^1];
        return rest.Length switch
        {
            0 => new Address(Country: country),
            1 => new Address(City: rest[0], Country: country),
            _ => new Address(Street: string.Join(", ", rest), Country: country),
        };
    }

    /// <summary>"1973-03-25", "1973", "circa 1973", "1960 to 1962", "Feb 1960": a date the parser cannot read is
    /// kept in the remarks rather than lost.</summary>
    private static void AddBirthDates(EntityBuilder entity, string? cell)
    {
        foreach (var text in C.Items(cell))
        {
            if (DateParser.Parse(text) is { } date) EntityBuilder.AddDistinct(entity.BirthDates, date);
            else EntityBuilder.AddDistinct(entity.Remarks, $"DOB {text}");
        }
    }

    private static DateOnly? ParseIsoDate(string? text, string column)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{column} '{text}' is not a yyyy-mm-dd date");
    }

    private static void AddRemark(EntityBuilder entity, string label, string? value)
    {
        if (value is not null) EntityBuilder.AddDistinct(entity.Remarks, $"{label}: {value}");
    }
}
