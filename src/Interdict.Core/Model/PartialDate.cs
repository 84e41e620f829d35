using System.Globalization;

namespace Interdict.Core.Model;

/// <summary>A calendar date that may be known only to the year or the month, as lists publish birth dates.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Latest
    {
        get
        {
            var month = Month ?? 12;
            return new(Year, month, Day ?? DateTime.DaysInMonth(Year, month));
        }
    }

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest);
    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    /// <summary>ISO 8601 text at the precision known: "1962", "1962-05", "1962-05-14".</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>Creates a date when the parts form a real calendar date; null otherwise (e.g. 31 Feb).</summary>
    public static PartialDate? Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1000 or > 9999) return null;
        if (month is { } m && (m < 1 || m > 12)) return null;
        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value))) return null;
        return new PartialDate(year, month, day);
    }
}
