using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Ca;

/// <summary>
/// Turns one record of the Canadian list into an entity. A record names a person (LastName, GivenName), an entity
/// or a ship (EntityOrShip; a ship has an IMO number). TitleOrShip and DateOfBirthOrShipBuildDate mean a person's
/// title and birth date, or a ship's type and build year.
/// </summary>
internal static partial class CaRecordMapper
{
    /// <exception cref="FormatException">The record has no name or a malformed DateOfListing.</exception>
    public static EntityBuilder Map(CaRecord record, string id)
    {
        var personName = string.Join(' ', new[] { record.GivenName, record.LastName }.OfType<string>());
        var builder = (personName, record.EntityOrShip, record.ShipImoNumber) switch
        {
            ({ Length: > 0 }, null, null) => Person(record, id, personName),
            ("", { } name, { } imo) => Vessel(record, id, name, imo),
            ("", { } name, null) => Organization(id, name),
            ("", null, _) => throw new FormatException("no name: LastName, GivenName and EntityOrShip are all empty"),
            _ => throw new FormatException($"names a person ('{personName}') and also an entity, ship or IMO number"),
        };

        if (record.Aliases is { } aliases) CaNames.AddAliases(builder, aliases);
        if (record.Country is { } country) EntityBuilder.AddDistinct(builder.Programs, CaRecordKeys.RegimeName(country));
        builder.ListedOn = ParseListedOn(record.DateOfListing);
        var schedule = record.Schedule is { } part ? $"Schedule {part}, item" : "Item";
        builder.Remarks.Add($"{schedule} {record.Item}");
        return builder;
    }

    private static EntityBuilder Person(CaRecord record, string id, string name)
    {
        var builder = new EntityBuilder(id, Schema.Person);
        builder.AddName(new EntityName(name, NameKind.Primary, NameQuality.Unspecified, ScriptDetector.Detect(name)));
        EntityBuilder.AddDistinct(builder.Titles, record.TitleOrShip);
        if (record.DateOfBirthOrShipBuildDate is { } born) AddBirthDates(builder, born);
        return builder;
    }

    private static EntityBuilder Vessel(CaRecord record, string id, string name, string imo)
    {
        var builder = new EntityBuilder(id, Schema.Vessel);
        CaNames.AddEntityName(builder, name);
        builder.Identifiers.Add(new Identifier(IdentifierType.Imo, imo, Label: "ShipIMONumber"));
        builder.Vessel = new VesselDetails(Type: record.TitleOrShip, BuildYear: record.DateOfBirthOrShipBuildDate);
        return builder;
    }

    private static EntityBuilder Organization(string id, string name)
    {
        var builder = new EntityBuilder(id, Schema.Organization);
        CaNames.AddEntityName(builder, name);
        return builder;
    }

    /// <summary>Mostly ISO dates at any precision; alternatives are joined by "or" ("1972-08-10 or 1972-08-11").
    /// A wording the parser does not know ("born in the early 1970s", "Sep-99") is kept as a remark.</summary>
    private static void AddBirthDates(EntityBuilder builder, string text)
    {
        foreach (var alternative in Alternatives().Split(text))
        {
            if (DateParser.Parse(alternative) is { } date) EntityBuilder.AddDistinct(builder.BirthDates, date);
            else EntityBuilder.AddDistinct(builder.Remarks, $"Date of birth: {alternative.Trim()}");
        }
    }

    private static DateOnly? ParseListedOn(string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"DateOfListing '{text}' is not a yyyy-MM-dd date");
    }

    [GeneratedRegex(@"\s+or\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();
}
