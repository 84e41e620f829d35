using System.Globalization;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Uk;

/// <summary>
/// Adds what one ConList row says to its group's entity. A row is one name of the designation; the other cells are
/// repeated on every row of the group, or vary between them (several birth dates, addresses), so everything is
/// collected once per distinct value. The Other Information cell is left to <see cref="OtherInformation"/>.
/// </summary>
internal static class ConListRowMapper
{
    private static readonly Column[] NameColumns = [Column.Name1, Column.Name2, Column.Name3, Column.Name4, Column.Name5, Column.Name6];
    private static readonly Column[] StreetColumns = [Column.Address1, Column.Address2, Column.Address3, Column.Address4, Column.Address5];

    /// <exception cref="FormatException">The row has no name, an unknown alias type or quality, or a malformed
    /// Listed On date.</exception>
    public static void Add(EntityBuilder builder, IReadOnlyList<string?> row, ConListColumns columns)
    {
        AddNames(builder, row, columns);
        AddBirth(builder, row, columns);
        AddDocuments(builder, row, columns);
        AddAddress(builder, row, columns);
        foreach (var nationality in Items(columns[row, Column.Nationality])) EntityBuilder.AddDistinct(builder.Nationalities, nationality);
        foreach (var position in Items(columns[row, Column.Position])) EntityBuilder.AddDistinct(builder.Positions, position);
        foreach (var title in Items(columns[row, Column.Title])) EntityBuilder.AddDistinct(builder.Titles, title);
        EntityBuilder.AddDistinct(builder.Programs, columns[row, Column.Regime]);
        if (ParseListedOn(columns[row, Column.ListedOn]) is { } listed && (builder.ListedOn is null || listed < builder.ListedOn))
            builder.ListedOn = listed;
    }

    /// <summary>The row's name is "Name 1 … Name 5 Name 6": given names first, then the surname (or, for an
    /// organization or ship, its whole name in Name 6). A non-Latin spelling on the row is a name of the same kind.</summary>
    private static void AddNames(EntityBuilder builder, IReadOnlyList<string?> row, ConListColumns columns)
    {
        var kind = columns[row, Column.AliasType] switch
        {
            "Primary name" => NameKind.Primary,
            "Primary name variation" => NameKind.PrimaryVariation,
            "AKA" => NameKind.Alias,
            "FKA" => NameKind.Former,
            var other => throw new FormatException($"unknown Alias Type '{other}'"),
        };
        var quality = columns[row, Column.AliasQuality] switch
        {
            null => NameQuality.Unspecified,
            "Good quality" => NameQuality.Good,
            "Low quality" => NameQuality.Low,
            var other => throw new FormatException($"unknown Alias Quality '{other}'"),
        };
        // Name 6 itself is sometimes in another script (an Arabic company name as an AKA), hence detection here too.
        var name = string.Join(' ', NameColumns.Select(c => columns[row, c]).OfType<string>());
        var nonLatin = columns[row, Column.NameNonLatinScript];
        if (name.Length == 0 && nonLatin is null) throw new FormatException("every name cell is empty");

        if (name.Length > 0) builder.AddName(new EntityName(name, kind, quality, ScriptDetector.Detect(name)));
        // The list's own script labels have typos ("Cryillic", "Cyrilic") and name languages ("Russian"), so the
        // script is read from the letters themselves.
        if (nonLatin is not null)
            builder.AddName(new EntityName(nonLatin, kind, quality, ScriptDetector.Detect(nonLatin), columns[row, Column.NonLatinScriptLanguage]));
    }

    private static void AddBirth(EntityBuilder builder, IReadOnlyList<string?> row, ConListColumns columns)
    {
        if (columns[row, Column.Dob] is { } dob)
        {
            if (DateParser.Parse(dob) is { } date) EntityBuilder.AddDistinct(builder.BirthDates, date);
            else EntityBuilder.AddDistinct(builder.Remarks, $"DOB: {dob}");
        }
        var towns = NumberedList.Split(columns[row, Column.TownOfBirth]);
        var countries = NumberedList.Split(columns[row, Column.CountryOfBirth]);
        foreach (var (town, country) in NumberedList.Pair(towns, countries))
        {
            EntityBuilder.AddDistinct(builder.PlacesOfBirth,
                town is null ? country : country is null ? town : $"{town}, {country}");
        }
    }

    private static void AddDocuments(EntityBuilder builder, IReadOnlyList<string?> row, ConListColumns columns)
    {
        AddDocuments(builder, IdentifierType.Passport, "Passport Number",
            columns[row, Column.PassportNumber], columns[row, Column.PassportDetails]);
        AddDocuments(builder, IdentifierType.NationalId, "National Identification Number",
            columns[row, Column.NationalIdNumber], columns[row, Column.NationalIdDetails]);
    }

    /// <summary>Numbered numbers and details pair by position; when their counts differ the whole details cell is
    /// the note of each number, so no detail is pinned to the wrong document.</summary>
    private static void AddDocuments(EntityBuilder builder, IdentifierType type, string label, string? numbers, string? details)
    {
        var numberItems = NumberedList.Split(numbers);
        var detailItems = NumberedList.Split(details);
        for (var i = 0; i < numberItems.Count; i++)
        {
            if (numberItems[i] is not { } number) continue;
            var note = detailItems.Count == numberItems.Count ? detailItems[i] : details;
            EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(type, number, Label: label, Note: note));
        }
    }

    /// <summary>Address 1–5 are street-level lines; Address 6 mostly holds the town ("Tehran", "Moscow").</summary>
    private static void AddAddress(EntityBuilder builder, IReadOnlyList<string?> row, ConListColumns columns)
    {
        var street = string.Join(", ", StreetColumns.Select(c => columns[row, c]).OfType<string>());
        var address = new Address(
            street.Length == 0 ? null : street,
            columns[row, Column.Address6],
            PostalCode: columns[row, Column.PostCode],
            Country: columns[row, Column.Country]);
        if (address != new Address()) EntityBuilder.AddDistinct(builder.Addresses, address);
    }

    private static IEnumerable<string> Items(string? cell) => NumberedList.Split(cell).OfType<string>();

    private static DateOnly? ParseListedOn(string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"Listed On '{text}' is not a dd/mm/yyyy date");
    }
}
