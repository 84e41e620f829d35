using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Model;

namespace Interdict.Core.Text;

/// <summary>
/// Reads the date wordings found in lists and queries into <see cref="FuzzyDate"/>: ISO ("1962-05-14", "1962-05",
/// "1962"), OFAC ("14 May 1962", "May 1962", "circa 1962", "1960 to 1962"), UK ("14/05/1962", "00/00/1962",
/// "05/1962") and ranges ("between 1960 and 1962").
/// </summary>
public static partial class DateParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses one date or range; null when the text is not a date this parser knows.</summary>
    public static FuzzyDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim().TrimEnd('.').Trim();
        var approximate = false;
        var circa = CircaPrefix().Match(s);
        if (circa.Success)
        {
            approximate = true;
            s = s[circa.Length..].Trim();
        }

        var range = RangePattern().Match(s);
        if (range.Success)
        {
            if (ParseSingle(range.Groups["a"].Value) is { } from && ParseSingle(range.Groups["b"].Value) is { } to)
                return from.CompareTo(to) <= 0 ? new FuzzyDate(from, to, approximate) : new FuzzyDate(to, from, approximate);
            return null;
        }
        return ParseSingle(s) is { } single ? new FuzzyDate(single, null, approximate) : null;
    }

    /// <summary>Parses a single calendar date at whatever precision it is written.</summary>
    public static PartialDate? ParseSingle(string text)
    {
        var s = text.Trim();
        Match m;
        if ((m = IsoPattern().Match(s)).Success)
            return Build(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        if ((m = SlashPattern().Match(s)).Success)
            return Build(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        if ((m = WordPattern().Match(s)).Success)
        {
            var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            if (month == 0) return null;
            return Build(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value);
        }
        return null;
    }

    // "00" (UK) and empty parts mean the part is not known.
    private static PartialDate? Build(string year, string month, string day)
    {
        static int? Part(string p) => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
        if (Part(year) is not { } y) return null;
        var mo = Part(month);
        var d = mo is null ? null : Part(day);
        return PartialDate.Create(y, mo, d);
    }

    [GeneratedRegex(@"^(circa|ca\.?|c\.|approximately|approx\.?|about)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CircaPrefix();

    [GeneratedRegex(@"^(between\s+)?(?<a>.+?)\s+(to|and|-|–)\s+(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{1,2})(-(?<d>\d{1,2}))?)?(T.*)?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^((?<d>\d{1,2})[/.])?(?<m>\d{1,2})[/.](?<y>\d{4})$")]
    private static partial Regex SlashPattern();

    [GeneratedRegex(@"^((?<d>\d{1,2})\s+)?(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})$")]
    private static partial Regex WordPattern();
}
