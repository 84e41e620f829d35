using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Core.Text;
using static Interdict.Sources.Un.UnElements;

namespace Interdict.Sources.Un;

/// <summary>Turns one INDIVIDUAL or ENTITY element of the UN consolidated list into an entity.</summary>
internal static partial class UnEntryParser
{
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    /// <exception cref="FormatException">A value the list defines precisely (LISTED_ON) is malformed.</exception>
    public static EntityBuilder Parse(XElement entry, string id, Schema schema)
    {
        var builder = new EntityBuilder(id, schema);
        var primary = string.Join(' ', NameParts.Select(part => Text(entry, part)).OfType<string>());
        AddName(builder, primary, NameKind.Primary, NameQuality.Unspecified);

        // DATAID, VERSIONNUM, LIST_TYPE, LAST_DAY_UPDATED and the SORT_KEYs are bookkeeping with nothing to screen on.
        foreach (var child in entry.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "NAME_ORIGINAL_SCRIPT":
                    AddName(builder, Text(child), NameKind.Primary, NameQuality.Unspecified);
                    break;
                case "UN_LIST_TYPE":
                    EntityBuilder.AddDistinct(builder.Programs, Text(child));
                    break;
                case "LISTED_ON":
                    builder.ListedOn = ParseListedOn(Text(child));
                    break;
                case "GENDER":
                    builder.Gender = GenderParser.Parse(Text(child));
                    break;
                case "COMMENTS1":
                    EntityBuilder.AddDistinct(builder.Remarks, Text(child));
                    break;
                case "TITLE":
                    AddValues(builder.Titles, child);
                    break;
                case "DESIGNATION":
                    AddValues(builder.Positions, child);
                    break;
                case "NATIONALITY":
                    AddValues(builder.Nationalities, child);
                    break;
                case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS":
                    AddAlias(builder, child);
                    break;
                case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS":
                    AddAddress(builder, child);
                    break;
                case "INDIVIDUAL_DATE_OF_BIRTH":
                    UnBirthDates.Add(builder, child);
                    break;
                case "INDIVIDUAL_PLACE_OF_BIRTH":
                    EntityBuilder.AddDistinct(builder.PlacesOfBirth, Join(
                        Text(child, "STREET"), Text(child, "CITY"), Text(child, "STATE_PROVINCE"), Text(child, "COUNTRY")));
                    if (Text(child, "NOTE") is { } note) EntityBuilder.AddDistinct(builder.Remarks, $"Place of birth: {note}");
                    break;
                case "INDIVIDUAL_DOCUMENT":
                    UnDocuments.Add(builder, child);
                    break;
            }
        }
        return builder;
    }

    private static void AddName(EntityBuilder builder, string? name, NameKind kind, NameQuality quality)
    {
        if (string.IsNullOrEmpty(name)) return;
        builder.AddName(new EntityName(name, kind, quality, ScriptDetector.Detect(name)));
    }

    private static void AddValues(List<string> target, XElement element)
    {
        foreach (var value in Values(element)) EntityBuilder.AddDistinct(target, value);
    }

    /// <summary>INDIVIDUAL_ALIAS uses QUALITY Good / Low, ENTITY_ALIAS a.k.a. / f.k.a.; many entries carry an empty
    /// alias element, and some several names or a note in one (<see cref="NameFields"/>). An alias may state its own birth date and place ("born 16 Dec. 1948" under that name): they are
    /// alternatives for the person.</summary>
    private static void AddAlias(EntityBuilder builder, XElement alias)
    {
        if (Text(alias, "ALIAS_NAME") is not { } name) return;
        var (kind, quality) = Text(alias, "QUALITY") switch
        {
            "Good" => (NameKind.Alias, NameQuality.Good),
            "Low" => (NameKind.Alias, NameQuality.Low),
            "f.k.a." => (NameKind.Former, NameQuality.Unspecified),
            _ => (NameKind.Alias, NameQuality.Unspecified),
        };
        var (names, remarks) = NameFields.Split(name);
        foreach (var each in names) AddName(builder, each, kind, quality);
        foreach (var remark in remarks) EntityBuilder.AddDistinct(builder.Remarks, remark);

        if (Text(alias, "DATE_OF_BIRTH") is { } born)
        {
            if (DateParser.Parse(born) is { } date) EntityBuilder.AddDistinct(builder.BirthDates, date);
            else EntityBuilder.AddDistinct(builder.Remarks, $"{name}: born {born}");
        }
        EntityBuilder.AddDistinct(builder.PlacesOfBirth, Join(Text(alias, "CITY_OF_BIRTH"), Text(alias, "COUNTRY_OF_BIRTH")));
        if (Text(alias, "NOTE") is { } note) EntityBuilder.AddDistinct(builder.Remarks, $"{name}: {note}");
    }

    private static void AddAddress(EntityBuilder builder, XElement element)
    {
        var address = new Address(
            Text(element, "STREET"),
            Text(element, "CITY"),
            Text(element, "STATE_PROVINCE"),
            Text(element, "ZIP_CODE"),
            Text(element, "COUNTRY"),
            Text(element, "NOTE"));
        if (address != new Address()) EntityBuilder.AddDistinct(builder.Addresses, address);
    }

    /// <summary>LISTED_ON is an xs:date: "2015-04-07", possibly with the time zone the schema allows
    /// ("2015-04-07-04:00"), which says where the day was counted and does not change it.</summary>
    private static DateOnly? ParseListedOn(string? text)
    {
        if (text is null) return null;
        return XsDate().IsMatch(text)
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"LISTED_ON '{text}' is not a yyyy-MM-dd date");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex XsDate();
}
