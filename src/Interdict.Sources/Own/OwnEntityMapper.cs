using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Own;

/// <summary>
/// Checks one entry of an own list and turns it into an entity the way the official readers fill theirs: the name
/// as primary name and aliases as aliases (script detected from the letters), birth dates as partial dates,
/// countries as ISO codes (nationalities of a person, country-only addresses of anything else), identifiers typed,
/// notes as remarks. Every problem names the row or line and the field.
/// </summary>
internal static partial class OwnEntityMapper
{
    private static readonly string AllowedSchemas = string.Join(", ", Enum.GetNames<Schema>());

    /// <exception cref="ListDataException">A required field is missing, or a value is not valid.</exception>
    public static EntityBuilder Map(string sourceId, OwnEntry entry, EntryPlace place)
    {
        var id = entry.Text(OwnFields.Id) ?? throw place.Error(OwnFields.Id, "no id: every entry needs the firm's own key");
        var name = entry.Text(OwnFields.Name) ?? throw place.Error(OwnFields.Name, $"no name for id {id}");
        var schema = ParseSchema(entry.Text(OwnFields.Schema), place);

        var builder = new EntityBuilder($"{sourceId}:{id}", schema);
        builder.AddName(new EntityName(name, NameKind.Primary, Script: ScriptDetector.Detect(name)));
        foreach (var alias in entry.Items(OwnFields.Aliases))
            builder.AddName(new EntityName(alias, NameKind.Alias, Script: ScriptDetector.Detect(alias)));
        AddBirthDates(builder, entry.Items(OwnFields.BirthDates), place);
        AddCountries(builder, entry.Items(OwnFields.Countries), place);
        foreach (var identifier in entry.Identifiers)
            EntityBuilder.AddDistinct(builder.Identifiers, ParseIdentifier(identifier, place));
        EntityBuilder.AddDistinct(builder.Remarks, entry.Text(OwnFields.Notes));
        return builder;
    }

    /// <summary>Required: a person filed as an organization by default would be screened without its birth date.</summary>
    private static Schema ParseSchema(string? text, EntryPlace place)
    {
        if (text is null) throw place.Error(OwnFields.Schema, $"no schema: write one of {AllowedSchemas}");
        return SchemaExtensions.Parse(text)
            ?? throw place.Error(OwnFields.Schema, $"unknown schema '{text}': write one of {AllowedSchemas}");
    }

    private static void AddBirthDates(EntityBuilder builder, IReadOnlyList<string> dates, EntryPlace place)
    {
        if (dates.Count > 0 && builder.Schema != Schema.Person)
            throw place.Error(OwnFields.BirthDates, $"birth dates are for persons, and this entry's schema is {builder.Schema}");
        foreach (var text in dates)
        {
            var date = IsoPartialDate().IsMatch(text) ? DateParser.ParseSingle(text) : null;
            if (date is null)
                throw place.Error(OwnFields.BirthDates, $"'{text}' is not a date: write yyyy, yyyy-mm or yyyy-mm-dd (e.g. 1961, 1961-11, 1961-11-04)");
            EntityBuilder.AddDistinct(builder.BirthDates, new FuzzyDate(date.Value));
        }
    }

    /// <summary>Every country counts for matching (<see cref="Entity.Countries"/>); a person's are read as
    /// nationalities, an organization's, vessel's or aircraft's as the country of a country-only address.</summary>
    private static void AddCountries(EntityBuilder builder, IReadOnlyList<string> countries, EntryPlace place)
    {
        foreach (var text in countries)
        {
            var code = CountryCode(text, place, OwnFields.Countries);
            if (builder.Schema == Schema.Person) EntityBuilder.AddDistinct(builder.Nationalities, code);
            else EntityBuilder.AddDistinct(builder.Addresses, new Address(Country: code));
        }
    }

    private static Identifier ParseIdentifier(OwnIdentifierText identifier, EntryPlace place)
    {
        if (identifier.Type is null || identifier.Value is null)
            throw place.Error(OwnFields.Identifiers, $"malformed identifier '{identifier.Written}': it needs a type and a value");
        var type = OwnIdentifierTypes.Resolve(identifier.Type)
            ?? throw place.Error(OwnFields.Identifiers,
                $"unknown identifier type '{identifier.Type}' in '{identifier.Written}': the types are {OwnIdentifierTypes.Known}");
        var country = identifier.Country is null ? null : CountryCode(identifier.Country, place, OwnFields.Identifiers);
        return new Identifier(type, identifier.Value, country, Label: identifier.Type);
    }

    private static string CountryCode(string text, EntryPlace place, string field) =>
        Countries.ToCode(text)
        ?? throw place.Error(field, $"unknown country '{text}': write an ISO 3166 code (RU, RUS) or an English name (Russia)");

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoPartialDate();
}
