using Interdict.Core.Model;

namespace Interdict.Sources.Ofac;

/// <summary>
/// OFAC's remark labels, loaded from the embedded ofac-labels.tsv. Finds the longest label a remark part starts
/// with: "Vessel Registration Identification IMO 9187629" is an IMO number although "Vessel Registration
/// Identification" alone is a national registration.
/// </summary>
internal sealed class OfacLabelTable
{
    private const string AltPrefix = "alt. ";

    public static OfacLabelTable Instance { get; } = Load();

    // Candidates grouped by their first word and tried longest first, so a part is compared with a handful of
    // labels instead of the whole table.
    private readonly Dictionary<string, OfacLabel[]> _byFirstWord;

    private OfacLabelTable(IEnumerable<OfacLabel> labels) =>
        _byFirstWord = labels
            .GroupBy(l => FirstWord(l.Text).ToString(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(l => l.Text.Length).ToArray(),
                StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Matches the label a part starts with, after OFAC's "alt. " (another value of the same kind). The value
    /// follows OFAC's separator: ":" as in "Linked To: X", " - " as in "Additional Sanctions Information - Subject
    /// to …", or a space. Null when the part starts with no known label.
    /// </summary>
    public OfacLabelMatch? Match(ReadOnlySpan<char> part)
    {
        var start = part.StartsWith(AltPrefix, StringComparison.OrdinalIgnoreCase) ? AltPrefix.Length : 0;
        var text = part[start..];
        if (!_byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(FirstWord(text), out var candidates))
            return null;
        foreach (var candidate in candidates)
        {
            if (!text.StartsWith(candidate.Text, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = text[candidate.Text.Length..];
            if (!rest.IsEmpty && rest[0] is not (' ' or ':')) continue;
            var separator = rest.Length - rest.TrimStart(':').TrimStart().Length;
            if (rest[separator..].StartsWith("- ")) separator += 2;
            var labelEnd = start + candidate.Text.Length;
            return new OfacLabelMatch(candidate, start..labelEnd, labelEnd + separator);
        }
        return null;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', ':');
        return end < 0 ? text : text[..end];
    }

    private static OfacLabelTable Load()
    {
        var labels = new List<OfacLabel>();
        foreach (var row in SourceTable.Read(typeof(OfacLabelTable), "ofac-labels.tsv", "label", "target", "note"))
        {
            var label = Parse(row[0], row[1]) ?? throw new InvalidDataException($"{row.Where}: unknown target '{row[1]}'.");
            if (labels.Exists(l => string.Equals(l.Text, label.Text, StringComparison.OrdinalIgnoreCase)))
                throw new InvalidDataException($"{row.Where}: '{label.Text}' is listed twice.");
            labels.Add(label);
        }
        return new OfacLabelTable(labels);
    }

    private static OfacLabel? Parse(string label, string target)
    {
        if (target.StartsWith("schema:", StringComparison.Ordinal))
            return SchemaExtensions.Parse(target["schema:".Length..]) is { } schema
                ? new OfacLabel(label, OfacTarget.Schema, Schema: schema)
                : null;
        if (Enum.TryParse<IdentifierType>(target, ignoreCase: false, out var identifier) && char.IsUpper(target[0]))
            return new OfacLabel(label, OfacTarget.Identifier, identifier);
        OfacTarget? attribute = target switch
        {
            "dob" => OfacTarget.BirthDate,
            "pob" => OfacTarget.BirthPlace,
            "nationality" => OfacTarget.Nationality,
            "citizen" => OfacTarget.Citizenship,
            "gender" => OfacTarget.Gender,
            "position" => OfacTarget.Position,
            "aka" => OfacTarget.WeakAlias,
            "fka" => OfacTarget.WeakFormerName,
            "nka" => OfacTarget.WeakNowKnownAs,
            "linked" => OfacTarget.Link,
            "incorporated" => OfacTarget.Incorporated,
            "former-flag" => OfacTarget.FormerFlag,
            "vessel-build-year" => OfacTarget.VesselBuildYear,
            "aircraft-model" => OfacTarget.AircraftModel,
            "aircraft-operator" => OfacTarget.AircraftOperator,
            "aircraft-manufacture-date" => OfacTarget.AircraftManufactureDate,
            "remark" => OfacTarget.Remark,
            _ => null,
        };
        return attribute is { } t ? new OfacLabel(label, t) : null;
    }
}
