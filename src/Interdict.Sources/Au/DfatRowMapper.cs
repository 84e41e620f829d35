using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Au;

/// <summary>
/// Adds what one DFAT row says to its listing's entity. A row is one name of the listing; the other cells are
/// repeated on every row or vary between them, so everything is collected once per distinct value.
/// </summary>
internal static partial class DfatRowMapper
{
    /// <summary>The kind of each Name Type label; null for "Original Script", which spells the name of the row
    /// before it in its own script and so is of that name's kind.</summary>
    private static readonly Dictionary<string, NameKind?> NameTypes = SourceTable
        .Read(typeof(DfatRowMapper), "dfat-name-types.tsv", "label", "kind")
        .ToDictionary(row => row[0], row => row[1] == "-" ? (NameKind?)null : Enum.Parse<NameKind>(row[1]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the row; returns the kind of its name, for an original-script row after it.</summary>
    /// <exception cref="FormatException">The row has no name or an unknown Name Type.</exception>
    public static NameKind Add(EntityBuilder builder, IReadOnlyList<string?> row, DfatColumns columns, NameKind previousKind)
    {
        var kind = AddName(builder, row, columns, previousKind);
        if (Stated(columns[row, DfatColumn.DateOfBirth]) is { } born) DfatBirthDates.Add(builder, born);
        foreach (var place in Items(columns[row, DfatColumn.PlaceOfBirth])) EntityBuilder.AddDistinct(builder.PlacesOfBirth, place);
        foreach (var citizenship in Items(columns[row, DfatColumn.Citizenship])) EntityBuilder.AddDistinct(builder.Citizenships, citizenship);
        // Several addresses of one item are separated by semicolons ("P.O. Box 16595-365, Tehran, Iran; 28 Shian 5 …").
        foreach (var address in Items(columns[row, DfatColumn.Address]).SelectMany(item => item.Split(';', Trimmed)))
            EntityBuilder.AddDistinct(builder.Addresses, ToAddress(address));
        EntityBuilder.AddDistinct(builder.Programs, columns[row, DfatColumn.Committees]);
        if (columns[row, DfatColumn.AdditionalInformation] is { } information) AddInformation(builder, information);
        EntityBuilder.AddDistinct(builder.Remarks, columns[row, DfatColumn.ListingInformation]);
        if (columns[row, DfatColumn.ControlDate] is { } control) EntityBuilder.AddDistinct(builder.Remarks, $"Control date: {control}");
        return kind;
    }

    /// <summary>The name cell may carry a note or a second spelling in parentheses ("Abdul Baqi (previously listed
    /// as)", "… (Previously listed as. In Arabic: رياض …)"), read as the UN list's are.</summary>
    private static NameKind AddName(EntityBuilder builder, IReadOnlyList<string?> row, DfatColumns columns, NameKind previousKind)
    {
        var label = columns[row, DfatColumn.NameType];
        if (label is null || !NameTypes.TryGetValue(label, out var stated))
            throw new FormatException($"unknown Name Type '{label}'");
        var kind = stated ?? previousKind;
        var field = columns[row, DfatColumn.Name] ?? throw new FormatException("no Name of Individual or Entity");
        var (names, remarks) = NameFields.Split(InArabic().Replace(field, ") (original script: "));
        for (var i = 0; i < names.Count; i++)
            builder.AddName(new EntityName(names[i], i == 0 ? kind : NameKind.Alias, NameQuality.Unspecified, ScriptDetector.Detect(names[i])));
        foreach (var remark in remarks) EntityBuilder.AddDistinct(builder.Remarks, remark);
        return kind;
    }

    private const StringSplitOptions Trimmed = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;

    /// <summary>The list writes "NA" in a cell it has nothing for.</summary>
    private static string? Stated(string? cell) =>
        cell is null || cell.Equals("NA", StringComparison.OrdinalIgnoreCase) ? null : cell;

    private static IReadOnlyList<string> Items(string? cell) => LetteredList.Split(Stated(cell));

    /// <summary>Addresses are free text, some with a note at the end ("Turkey (possible location)"); the country is
    /// taken apart when the last comma part names one.</summary>
    private static Address ToAddress(string text)
    {
        var note = TrailingNote().Match(text) is { Success: true } found ? found.Groups["note"].Value.Trim() : null;
        var place = (note is null ? text : text[..TrailingNote().Match(text).Index]).Trim().TrimEnd('.', ',');
        var comma = place.LastIndexOf(',');
        var last = place[(comma + 1)..].Trim();
        if (Countries.ToCode(last) is null) return new Address(Street: place.Length == 0 ? null : place, Note: note);
        return new Address(Street: comma < 0 ? null : place[..comma].Trim(), Country: last, Note: note);
    }

    /// <summary>The additional information is a remark; an IMO number it states (of a shipping company) is also
    /// an identifier, so it can be screened.</summary>
    private static void AddInformation(EntityBuilder builder, string information)
    {
        EntityBuilder.AddDistinct(builder.Remarks, information);
        foreach (Match imo in ImoNumber().Matches(information))
            EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(IdentifierType.Imo, imo.Groups["number"].Value, Label: "IMO Number"));
    }

    /// <summary>"(Previously listed as. In Arabic: …)" holds a note and a name: made two groups for NameFields.</summary>
    [GeneratedRegex(@"(?<=\([^()]*)\.?\s*\bIn Arabic:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex InArabic();

    [GeneratedRegex(@"\s*\((?<note>[^()]*(\([^()]*\)[^()]*)*)\)\.?$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"\bIMO\)?\s+Number:\s*(?<number>\d{7})\b")]
    private static partial Regex ImoNumber();
}
