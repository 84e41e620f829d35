using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Sources.Ofac;

namespace Interdict.Sources.UsCsl;

/// <summary>How a file writes the ", "-joined fields of an item of the ids column. The CSL serialises OFAC's id
/// records: since 2023 in their own order ("Passport, 484824, EG, 18 Jan 1984": type, number, country, dates); in
/// 2022 in the alphabetical order of the field names ("EG, 1984-01-18, 484824, Passport": country,
/// expiration date, issue date, number, type).</summary>
internal enum IdItemLayout
{
    TypeFirst,
    TypeLast,
}

/// <summary>
/// Reads the ids column ("; "-separated items) of the entries the screening list re-publishes from OFAC. Each item
/// is written as the OFAC reader's remark part ("Passport 484824 (EG)") and read by the one OFAC parser
/// (<see cref="OfacParticulars"/>), so an identifier, gender, establishment date or target type lands where it does
/// for an entry read from OFAC's own files.
/// </summary>
internal static partial class CslIdItems
{
    /// <summary>The layout of a file's items: where a country code or date stands in the items that have one
    /// (the first field in 2022, the third in later years). Type first when no item shows it.</summary>
    public static IdItemLayout DetectLayout(IEnumerable<string> items)
    {
        var votes = 0;
        foreach (var fields in items.Select(Fields).Where(f => f.Length >= 3))
        {
            if (IsCountry(fields[0]) || IsDate(fields[0])) votes--;
            else if (IsCountry(fields[2])) votes++;
        }
        return votes < 0 ? IdItemLayout.TypeLast : IdItemLayout.TypeFirst;
    }

    public static void Apply(EntityBuilder entity, string item, IdItemLayout layout)
    {
        var fields = Fields(item).ToList();
        if (fields.Count < 2)
        {
            EntityBuilder.AddDistinct(entity.Remarks, item);
            return;
        }
        // Type and value are always there; country and dates only when the record has them. They are peeled off
        // the value's far side while a value remains.
        var typeFirst = layout == IdItemLayout.TypeFirst;
        var label = typeFirst ? fields[0] : fields[^1];
        fields.RemoveAt(typeFirst ? 0 : fields.Count - 1);
        var country = typeFirst ? null : Take(fields, atStart: true, IsCountry);
        var dates = new List<string>();
        while (dates.Count < 2 && Take(fields, atStart: !typeFirst, IsDate) is { } date) dates.Add(date);
        if (typeFirst) country = Take(fields, atStart: false, IsCountry);
        var part = $"{label} {string.Join(", ", fields)}" + (country is null ? "" : $" ({country})");
        // Two dates are issue and expiry (their order known from the layout); one date can be either, so it is not
        // guessed: the item stays verbatim in the remarks besides.
        if (dates.Count == 2)
        {
            // Peeled from the end, type-first dates come expiry first; type-last ones are expiry first as written.
            var (issued, expires) = (dates[1], dates[0]);
            part += $" issued {issued} expires {expires}";
        }
        else if (dates.Count == 1)
        {
            EntityBuilder.AddDistinct(entity.Remarks, item);
        }
        OfacParticulars.ApplyPart(entity, part);
    }

    /// <summary>Removes and returns the field at one end when it is of the kind asked and a value remains.</summary>
    private static string? Take(List<string> fields, bool atStart, Func<string, bool> isKind)
    {
        var index = atStart ? 0 : fields.Count - 1;
        if (fields.Count < 2 || !isKind(fields[index])) return null;
        var field = fields[index];
        fields.RemoveAt(index);
        return field;
    }

    private static string[] Fields(string item) => item.Split(", ", StringSplitOptions.TrimEntries);

    private static bool IsCountry(string field) => CslColumns.IsCountryCode(field);

    private static bool IsDate(string field) => IdDate().IsMatch(field);

    /// <summary>"1984-01-18" (2022) or "18 Jan 1984" (later years).</summary>
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2} \d{4})$")]
    private static partial Regex IdDate();
}
