using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Ofac;

/// <summary>
/// Reads OFAC's labelled remark parts ("DOB 10 Dec 1948", "Passport 1084010 (Egypt)", "Linked To: X") into the
/// entity model, guided by <see cref="OfacLabelTable"/>. One parser for both formats: the CSV's remarks column, and
/// the XML's id list, birth, nationality and remark elements, which the XML reader writes as the parts the CSV has.
/// A part with no known label, or whose value cannot be read, is kept verbatim in the remarks.
/// </summary>
internal static partial class OfacParticulars
{
    /// <summary>Applies every part of a remarks text. When <paramref name="lastPartCut"/> is set, OFAC cut the text
    /// at its length limit: the last part is incomplete, so it is kept verbatim instead of read as a (wrong) value.</summary>
    public static void ApplyRemarks(EntityBuilder entity, string remarks, bool lastPartCut = false)
    {
        var parts = OfacRemarkSplitter.Split(remarks);
        for (var i = 0; i < parts.Count; i++)
        {
            if (lastPartCut && i == parts.Count - 1)
                EntityBuilder.AddDistinct(entity.Remarks, parts[i]);
            else
                ApplyPart(entity, parts[i]);
        }
    }

    public static void ApplyPart(EntityBuilder entity, string part)
    {
        // The XML wraps relations in parentheses: "(Linked To: NATIONAL IRANIAN TANKER COMPANY)".
        var text = part.StartsWith('(') && part.EndsWith(')') ? part[1..^1] : part;
        if (OfacLabelTable.Instance.Match(text) is not { } match || !Apply(entity, match, text))
            EntityBuilder.AddDistinct(entity.Remarks, part);
    }

    /// <summary>Puts the value where its label says; false when the part must stay in the remarks.</summary>
    private static bool Apply(EntityBuilder entity, OfacLabelMatch match, string text)
    {
        if (match.Label.Target == OfacTarget.Schema)
        {
            if (entity.Schema == Schema.Organization) entity.Schema = match.Label.Schema;
            // The wording stays in the remarks too: the schema does not say "state-owned" or "private".
            return false;
        }
        var value = text.AsSpan(match.ValueStart).Trim().ToString();
        if (value.Length == 0) return false;
        switch (match.Label.Target)
        {
            case OfacTarget.Identifier:
                return AddIdentifier(entity, match.Label.Identifier, text[match.Wording], value);
            case OfacTarget.BirthDate:
                return AddDate(entity.BirthDates, value);
            case OfacTarget.Incorporated:
                return AddDate(entity.IncorporationDates, value);
            case OfacTarget.BirthPlace:
                EntityBuilder.AddDistinct(entity.PlacesOfBirth, value);
                return true;
            case OfacTarget.Nationality:
                EntityBuilder.AddDistinct(entity.Nationalities, value);
                return true;
            case OfacTarget.Citizenship:
                EntityBuilder.AddDistinct(entity.Citizenships, value);
                return true;
            case OfacTarget.Position:
                EntityBuilder.AddDistinct(entity.Positions, value);
                return true;
            case OfacTarget.Gender:
                return SetGender(entity, GenderParser.Parse(value));
            case OfacTarget.WeakAlias:
                return AddWeakName(entity, value, NameKind.Alias);
            case OfacTarget.WeakFormerName:
                return AddWeakName(entity, value, NameKind.Former);
            case OfacTarget.WeakNowKnownAs:
                return AddWeakName(entity, value, NameKind.NowKnownAs);
            case OfacTarget.Link:
                EntityBuilder.AddDistinct(entity.Links, new EntityLink(text[match.Wording], value));
                return true;
            case OfacTarget.FormerFlag:
                var vessel = entity.Vessel ?? new VesselDetails();
                if (vessel.FormerFlags?.Contains(value) != true)
                    entity.Vessel = vessel with { FormerFlags = [.. vessel.FormerFlags ?? [], value] };
                return true;
            // A second, different value for a field that holds one stays in the remarks rather than being lost.
            case OfacTarget.VesselBuildYear when CanFill(entity.Vessel?.BuildYear, value):
                entity.Vessel = (entity.Vessel ?? new VesselDetails()) with { BuildYear = value };
                return true;
            case OfacTarget.AircraftModel when CanFill(entity.Aircraft?.Model, value):
                entity.Aircraft = (entity.Aircraft ?? new AircraftDetails()) with { Model = value };
                return true;
            case OfacTarget.AircraftOperator when CanFill(entity.Aircraft?.Operator, value):
                entity.Aircraft = (entity.Aircraft ?? new AircraftDetails()) with { Operator = value };
                return true;
            case OfacTarget.AircraftManufactureDate when CanFill(entity.Aircraft?.ManufactureDate, value):
                entity.Aircraft = (entity.Aircraft ?? new AircraftDetails()) with { ManufactureDate = value };
                return true;
            default:
                return false;
        }
    }

    private static bool CanFill(string? current, string value) => current is null || current == value;

    private static bool AddDate(List<FuzzyDate> dates, string value)
    {
        if (DateParser.Parse(value) is not { } date) return false;
        EntityBuilder.AddDistinct(dates, date);
        return true;
    }

    private static bool SetGender(EntityBuilder entity, Gender gender)
    {
        if (gender == Gender.Unknown || (entity.Gender != Gender.Unknown && entity.Gender != gender)) return false;
        entity.Gender = gender;
        return true;
    }

    // OFAC quotes weak aliases: "a.k.a. 'BNC'". A name cut by the remarks length limit lacks its closing quote.
    private static bool AddWeakName(EntityBuilder entity, string value, NameKind kind)
    {
        var name = value.AsSpan();
        if (name.StartsWith('\'')) name = name[1..];
        if (name.EndsWith('\'')) name = name[..^1];
        name = name.Trim();
        if (name.IsEmpty) return false;
        entity.AddName(OfacEntries.Name(name.ToString(), kind, NameQuality.Low));
        return true;
    }

    // "1084010 (Egypt)", "L 191609 issued 28 Feb 1996 expires 27 Feb 2001", "HRA 738077 (Stuttgart) (Germany)".
    private static bool AddIdentifier(EntityBuilder entity, IdentifierType type, string label, string text)
    {
        var m = IdentifierValue().Match(text);
        var value = m.Groups["value"].Value.Trim();
        if (value.Length == 0) return false;
        var country = m.Groups["country"] is { Success: true } c ? c.Value.Trim() : null;
        var note = m.Groups["note"] is { Success: true } n ? n.Value.Trim() : null;
        EntityBuilder.AddDistinct(entity.Identifiers, new Identifier(type, value, country, label, note));
        return true;
    }

    // The country is the last parenthesised group when it starts with a letter: phone numbers such as
    // "(357)(22660766)" carry digits in parentheses.
    [GeneratedRegex(@"^(?<value>.+?)(?:\s+\((?<country>\p{L}[^()]*)\))?(?:\s+(?<note>(?:issued|expires)\s.+))?$")]
    private static partial Regex IdentifierValue();
}
