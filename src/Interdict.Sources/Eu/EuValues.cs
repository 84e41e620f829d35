using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Text;

namespace Interdict.Sources.Eu;

/// <summary>Reads the typed attribute values of the EU file: xs:date and xs:dateTime, integers, countries, and the
/// parts of places.</summary>
internal static partial class EuValues
{
    /// <summary>The EU writes "00" / "UNKNOWN" where the country is not known.</summary>
    private const string UnknownCountry = "UNKNOWN";

    /// <summary>An xs:date ("2003-07-08", possibly with the time zone the schema allows, which does not change the
    /// day); null when absent.</summary>
    /// <exception cref="FormatException">The value is not such a date.</exception>
    public static DateOnly? Date(EuElement element, string attribute)
    {
        if (element[attribute] is not { } text) return null;
        return XsDate().IsMatch(text)
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{element.Name} {attribute} '{text}' is not a yyyy-MM-dd date");
    }

    /// <summary>The day the file was generated: the date part as the EU wrote it ("2026-08-05T16:47:04.449+02:00"
    /// is 5 August in Brussels, whatever the day in UTC), from an xs:dateTime or an xs:date.</summary>
    /// <exception cref="FormatException">The value is neither.</exception>
    public static DateOnly? GenerationDate(EuElement element, string attribute)
    {
        if (element[attribute] is not { } text) return null;
        if (text.Length > 10 && text[10] == 'T')
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? DateOnly.FromDateTime(at.DateTime)
                : throw new FormatException($"{element.Name} {attribute} '{text}' is not a date and time");
        }
        return Date(element, attribute);
    }

    /// <summary>A whole number such as a year or month; null when absent.</summary>
    /// <exception cref="FormatException">The value is not a whole number.</exception>
    public static int? Integer(EuElement element, string attribute)
    {
        if (element[attribute] is not { } text) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{element.Name} {attribute} '{text}' is not a whole number");
    }

    /// <summary>The element's country for matching: its ISO code (exact, and what screening compares), or the
    /// EU's description when the code is not one the country table knows; null when the EU marks it unknown.</summary>
    public static string? Country(EuElement element)
    {
        var code = element["countryIso2Code"];
        if (code is not null && Countries.NameOf(code) is not null) return code.ToUpperInvariant();
        return Description(element);
    }

    /// <summary>The country as the EU describes it ("IRAQ"), for free text such as a place of birth.</summary>
    public static string? CountryText(EuElement element) => Description(element) ?? Country(element);

    /// <summary>A part of a place; the EU writes "-" for a part it does not know.</summary>
    public static string? PlacePart(EuElement element, string attribute) =>
        element[attribute] is { } text && text.Trim('-', ' ').Length > 0 ? text : null;

    /// <summary>The parts that are present joined with ", "; null when none is.</summary>
    public static string? Join(params string?[] parts)
    {
        var present = parts.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }

    private static string? Description(EuElement element) =>
        element["countryDescription"] is { } description
        && !string.Equals(description, UnknownCountry, StringComparison.OrdinalIgnoreCase)
            ? description
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex XsDate();
}
