using System.Text;
using Interdict.Core.Model;

namespace Interdict.Sources.Tests.Uk;

/// <summary>Everything an entity says except its list version, as text, to compare entities read from two files.</summary>
internal static class EntityText
{
    public static string Describe(Entity e)
    {
        var text = new StringBuilder();
        text.AppendLine($"{e.Id} {e.Schema} {e.Gender} {e.ListedOn}");
        foreach (var name in e.Names) text.AppendLine(name.ToString());
        text.AppendLine(string.Join(" | ", e.BirthDates));
        foreach (var list in new[] { e.PlacesOfBirth, e.Nationalities, e.Citizenships, e.Titles, e.Positions, e.Programs, e.Remarks })
            text.AppendLine(string.Join(" | ", list));
        foreach (var address in e.Addresses) text.AppendLine(address.ToString() + " / " + address.Note);
        foreach (var identifier in e.Identifiers) text.AppendLine(identifier.ToString());
        foreach (var link in e.Links) text.AppendLine(link.ToString());
        if (e.Vessel is { } vessel) text.AppendLine($"{vessel} {string.Join(",", vessel.FormerFlags ?? [])}");
        return text.ToString();
    }
}
