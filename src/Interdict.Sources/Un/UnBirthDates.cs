using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Core.Text;
using static Interdict.Sources.Un.UnElements;

namespace Interdict.Sources.Un;

/// <summary>
/// Reads INDIVIDUAL_DATE_OF_BIRTH: TYPE_OF_DATE EXACT / APPROXIMATELY / BETWEEN with DATE, YEAR or FROM_YEAR and
/// TO_YEAR. Several elements on one person are alternatives. Some entries state the date only in NOTE ("Nov. 1973")
/// or qualify it there ("Approximately", "from false passport"); a note that is not read as a date is kept as a remark
/// so nothing the list says is lost.
/// </summary>
internal static class UnBirthDates
{
    public static void Add(EntityBuilder builder, XElement element)
    {
        var note = Text(element, "NOTE");
        var noteIsApproximately = string.Equals(note, "Approximately", StringComparison.OrdinalIgnoreCase);
        var approximate = Text(element, "TYPE_OF_DATE") == "APPROXIMATELY" || noteIsApproximately;

        var fields = Join(Text(element, "DATE"), Text(element, "YEAR"), Text(element, "FROM_YEAR"), Text(element, "TO_YEAR"));
        var date = FromFields(element, approximate);
        var noteUsed = noteIsApproximately;
        if (date is null && fields is null && note is not null && DateParser.Parse(note) is { } fromNote)
        {
            date = fromNote with { Approximate = fromNote.Approximate || approximate };
            noteUsed = true;
        }

        EntityBuilder.AddDistinct(builder.BirthDates, date);
        if (date is null && fields is not null) EntityBuilder.AddDistinct(builder.Remarks, $"Date of birth: {fields}");
        if (note is not null && !noteUsed)
            EntityBuilder.AddDistinct(builder.Remarks, date is null ? $"Date of birth: {note}" : $"Date of birth {date}: {note}");
    }

    private static FuzzyDate? FromFields(XElement element, bool approximate)
    {
        if ((Text(element, "DATE") ?? Text(element, "YEAR")) is { } single)
            return DateParser.ParseSingle(single) is { } day ? new FuzzyDate(day, null, approximate) : null;
        if (Text(element, "FROM_YEAR") is not { } fromText || Text(element, "TO_YEAR") is not { } toText) return null;
        if (DateParser.ParseSingle(fromText) is not { } from || DateParser.ParseSingle(toText) is not { } to) return null;
        return from <= to ? new FuzzyDate(from, to, approximate) : new FuzzyDate(to, from, approximate);
    }
}
