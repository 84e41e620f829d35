using Interdict.Core.Model;
using static Interdict.Sources.Eu.EuValues;

namespace Interdict.Sources.Eu;

/// <summary>
/// Reads a birthdate element: the date (birthdate, or year with monthOfYear and dayOfMonth, or yearRangeFrom and
/// yearRangeTo; circa="true" makes it approximate) and the place (place, city, region, zipCode, country). Several
/// elements on one person are alternatives.
/// </summary>
internal static class EuBirthDates
{
    private const string Gregorian = "GREGORIAN";

    /// <exception cref="FormatException">A date part is malformed or no calendar date.</exception>
    public static void Add(EntityBuilder builder, EuElement birth)
    {
        if (DateOf(birth) is { } date)
        {
            // A year of another calendar (the EU's calendarType) is not a Gregorian year: keep it, not compare it.
            if (birth["calendarType"] is not { } calendar || calendar.Equals(Gregorian, StringComparison.OrdinalIgnoreCase))
                EntityBuilder.AddDistinct(builder.BirthDates, date);
            else
                EntityBuilder.AddDistinct(builder.Remarks, $"Date of birth: {date} ({calendar} calendar)");
        }
        else if (birth["dayOfMonth"] is { } day && birth["monthOfYear"] is { } month)
        {
            // A day and month without a year compare with no date, but say something to a person reading.
            EntityBuilder.AddDistinct(builder.Remarks, $"Date of birth: day {day} of month {month}, year not known");
        }
        EntityBuilder.AddDistinct(builder.PlacesOfBirth, Join(
            PlacePart(birth, "place"), PlacePart(birth, "city"), PlacePart(birth, "region"), PlacePart(birth, "zipCode"), CountryText(birth)));
        foreach (var remark in birth.Remarks) EntityBuilder.AddDistinct(builder.Remarks, $"Birth: {remark}");
    }

    private static FuzzyDate? DateOf(EuElement birth)
    {
        var circa = birth.Flag("circa") == true;
        if (Date(birth, "birthdate") is { } day)
            return new FuzzyDate(new PartialDate(day.Year, day.Month, day.Day), null, circa);
        var month = Integer(birth, "monthOfYear");
        var dayOfMonth = Integer(birth, "dayOfMonth");
        if (Integer(birth, "year") is { } year)
            return new FuzzyDate(Partial(birth, year, month, dayOfMonth), null, circa);
        var from = Integer(birth, "yearRangeFrom");
        var to = Integer(birth, "yearRangeTo");
        if (from is null && to is null) return null;
        var first = Partial(birth, from ?? to!.Value, null, null);
        var last = Partial(birth, to ?? from!.Value, null, null);
        return first <= last ? new FuzzyDate(first, first == last ? null : last, circa) : new FuzzyDate(last, first, circa);
    }

    private static PartialDate Partial(EuElement birth, int year, int? month, int? day) =>
        PartialDate.Create(year, month, day)
        ?? throw new FormatException($"birthdate year {year}, month {month}, day {day} is not a calendar date");
}
