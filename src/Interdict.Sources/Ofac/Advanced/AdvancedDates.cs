using System.Globalization;
using System.Xml.Linq;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// Writes the advanced XML's dates as OFAC writes them in its other formats ("1962", "Oct 1990", "17 Oct 1990",
/// "circa 1962", "01 Jan 1960 to 31 Dec 1962"), so that they are read by the same parser as the classic XML's. A
/// period that covers a whole year or month is that year or month: OFAC states a birth year as 1 Jan to 31 Dec.
/// </summary>
internal static class AdvancedDates
{
    private static readonly string[] DateParts = ["Year", "Month", "Day"];

    /// <summary>A &lt;DatePeriod&gt; from its &lt;Start&gt;/&lt;From&gt; to its &lt;End&gt;/&lt;To&gt;; null when it
    /// holds no date (OFAC writes empty periods on sanctions measures).</summary>
    public static string? Period(XElement period, XNamespace ns)
    {
        var start = period.Element(ns + "Start");
        var end = period.Element(ns + "End");
        if (Day(start?.Element(ns + "From"), ns) is not { } from) return null;
        var to = Day(end?.Element(ns + "To"), ns) ?? Day(start?.Element(ns + "To"), ns) ?? from;
        var text = Span(from, to);
        var approximate = start?.Attribute("Approximate")?.Value == "true" || end?.Attribute("Approximate")?.Value == "true";
        return approximate ? "circa " + text : text;
    }

    /// <summary>A single &lt;Date&gt; (Year, Month, Day) in OFAC's wording; null when incomplete.</summary>
    public static string? Date(XElement? date, XNamespace ns) => Day(date, ns) is { } day ? Span(day, day) : null;

    /// <summary>The date as a day, or null when the element is missing or not a calendar date.</summary>
    public static DateOnly? Day(XElement? date, XNamespace ns)
    {
        if (date is null) return null;
        var parts = DateParts.Select(n => int.TryParse(
            date.Element(ns + n)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
        return parts[0] is >= 1 and <= 9999 && parts[1] is >= 1 and <= 12
            && parts[2] >= 1 && parts[2] <= DateTime.DaysInMonth(parts[0], parts[1])
            ? new DateOnly(parts[0], parts[1], parts[2])
            : null;
    }

    private static string Span(DateOnly from, DateOnly to)
    {
        if (from == to) return Format(from, "dd MMM yyyy");
        if (from == new DateOnly(from.Year, 1, 1) && to == new DateOnly(from.Year, 12, 31)) return Format(from, "yyyy");
        if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1)) return Format(from, "MMM yyyy");
        return $"{Format(from, "dd MMM yyyy")} to {Format(to, "dd MMM yyyy")}";
    }

    private static string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
