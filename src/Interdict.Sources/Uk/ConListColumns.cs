namespace Interdict.Sources.Uk;

/// <summary>The ConList columns the reader uses.</summary>
internal enum Column
{
    Name1,
    Name2,
    Name3,
    Name4,
    Name5,
    Name6,
    Title,
    NameNonLatinScript,
    NonLatinScriptLanguage,
    Dob,
    TownOfBirth,
    CountryOfBirth,
    Nationality,
    PassportNumber,
    PassportDetails,
    NationalIdNumber,
    NationalIdDetails,
    Position,
    Address1,
    Address2,
    Address3,
    Address4,
    Address5,
    Address6,
    PostCode,
    Country,
    OtherInformation,
    GroupType,
    AliasType,
    AliasQuality,
    Regime,
    ListedOn,
    GroupId,
}

/// <summary>
/// Where each column is in one ConList file, found by its header text so that a file with columns added or moved
/// still reads correctly.
/// </summary>
internal sealed class ConListColumns
{
    /// <summary>The header text of each <see cref="Column"/>, in enum order.</summary>
    private static readonly string[] Headers =
    [
        "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6", "Title",
        "Name Non-Latin Script", "Non-Latin Script Language",
        "DOB", "Town of Birth", "Country of Birth", "Nationality",
        "Passport Number", "Passport Details", "National Identification Number", "National Identification Details",
        "Position", "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6", "Post/Zip Code",
        "Country", "Other Information", "Group Type", "Alias Type", "Alias Quality", "Regime", "Listed On", "Group ID",
    ];

    private readonly int[] _index;

    private ConListColumns(int[] index) => _index = index;

    /// <exception cref="FormatException">The header lacks a column; the message names it.</exception>
    public static ConListColumns Map(IReadOnlyList<string?> header)
    {
        var index = new int[Headers.Length];
        for (var column = 0; column < Headers.Length; column++)
        {
            index[column] = IndexOf(header, Headers[column]);
            if (index[column] < 0) throw new FormatException($"not the OFSI ConList header: no '{Headers[column]}' column");
        }
        return new ConListColumns(index);
    }

    public string? this[IReadOnlyList<string?> row, Column column] =>
        _index[(int)column] < row.Count ? row[_index[(int)column]] : null;

    private static int IndexOf(IReadOnlyList<string?> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
