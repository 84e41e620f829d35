using System.Xml.Linq;
using Interdict.Core.Model;
using static Interdict.Sources.Un.UnElements;

namespace Interdict.Sources.Un;

/// <summary>Reads INDIVIDUAL_DOCUMENT into identifiers: passports, national identity numbers and the like.</summary>
internal static class UnDocuments
{
    public static void Add(EntityBuilder builder, XElement element)
    {
        var general = Text(element, "TYPE_OF_DOCUMENT");
        var specific = Text(element, "TYPE_OF_DOCUMENT2");
        var note = Text(element, "NOTE");
        var label = general ?? specific;
        if (Text(element, "NUMBER") is not { } number)
        {
            // Some entries put the whole document in NOTE ("Tunisian passport number L 191609 issued on …"): keep it.
            if (note is not null) EntityBuilder.AddDistinct(builder.Remarks, label is null ? note : $"{label}: {note}");
            return;
        }

        var issuing = Text(element, "ISSUING_COUNTRY");
        var countryOfIssue = Text(element, "COUNTRY_OF_ISSUE");
        var details = new[]
        {
            specific is not null && !string.Equals(specific, label, StringComparison.OrdinalIgnoreCase) ? specific : null,
            Text(element, "DATE_OF_ISSUE") is { } issued ? $"issued on {issued}" : null,
            Text(element, "CITY_OF_ISSUE") is { } city ? $"issued in {city}" : null,
            issuing is not null && countryOfIssue is not null && countryOfIssue != issuing ? $"country of issue {countryOfIssue}" : null,
            note,
        }.Where(d => d is not null).ToArray();

        EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(
            // Some entries name the document in NOTE alone ("Italian Fiscal Code"); other notes simply miss the table.
            UnDocumentTypes.Resolve(specific, note, general),
            number,
            issuing ?? countryOfIssue,
            label,
            details.Length == 0 ? null : string.Join("; ", details)));
    }
}
