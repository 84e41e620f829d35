using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Au;

/// <summary>
/// Reads the DFAT Date of Birth cell. Excel dates arrive as dd/mm/yyyy text (<see cref="Sheets.XlsxRows"/>), a year
/// alone as a number, and a date serial in a cell not formatted as a date as its number ("27620"), which counts
/// in Excel's 1900 date system. Text cells hold one or several dates in many wordings: "a) 1 Jan. 1964 b) 1959",
/// "1/03/1961; 16/06/1960", "14 Mar 1974 &gt;&gt; 13 Apr 1974", "1964 or 1967", "Approximately 1968". Each date the
/// parser knows is a birth date; any other wording is kept as a remark.
/// </summary>
internal static partial class DfatBirthDates
{
    public static void Add(EntityBuilder builder, string text)
    {
        if (Serial().IsMatch(text))
        {
            var day = DateTime.FromOADate(double.Parse(text, CultureInfo.InvariantCulture));
            EntityBuilder.AddDistinct(builder.BirthDates, new FuzzyDate(new PartialDate(day.Year, day.Month, day.Day)));
            return;
        }
        foreach (var item in LetteredList.Split(text))
        {
            foreach (var alternative in Alternatives().Split(item))
            {
                if (alternative.Trim(' ', ',') is not { Length: > 0 } wording) continue;
                var dates = Parse(YearRange().Replace(wording, " to "));
                if (dates is null) EntityBuilder.AddDistinct(builder.Remarks, $"Date of birth: {wording}");
                else foreach (var date in dates) EntityBuilder.AddDistinct(builder.BirthDates, date);
            }
        }
    }

    /// <summary>One date, or dates listed with commas ("01/10/1983,15/10/1983"); null unless every one parses.</summary>
    private static List<FuzzyDate>? Parse(string wording)
    {
        if (DateParser.Parse(wording) is { } date) return [date];
        if (!wording.Contains(',', StringComparison.Ordinal)) return null;
        var dates = new List<FuzzyDate>();
        foreach (var part in wording.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateParser.Parse(part) is not { } each) return null;
            dates.Add(each);
        }
        return dates;
    }

    /// <summary>A day number from 10000 (18 May 1927) on: a four-digit number is a year.</summary>
    [GeneratedRegex(@"^[1-9]\d{4}$")]
    private static partial Regex Serial();

    /// <summary>"1966-1967", "Approximately 1955- 1958": a range of years, written as the parser reads ranges.</summary>
    [GeneratedRegex(@"(?<=\b\d{4})\s*-\s*(?=\d{4}\b)")]
    private static partial Regex YearRange();

    [GeneratedRegex(@";|>>|\s+or\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();
}
