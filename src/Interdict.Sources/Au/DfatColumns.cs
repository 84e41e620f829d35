namespace Interdict.Sources.Au;

/// <summary>The DFAT list columns the reader uses.</summary>
internal enum DfatColumn
{
    Reference,
    Name,
    Type,
    NameType,
    DateOfBirth,
    PlaceOfBirth,
    Citizenship,
    Address,
    AdditionalInformation,
    ListingInformation,
    Committees,
    ControlDate,
}

/// <summary>Where each column is in one DFAT workbook, found by its header text (ignoring case and padding) so that
/// a workbook with columns added or moved still reads correctly.</summary>
internal sealed class DfatColumns
{
    /// <summary>The header text of each <see cref="DfatColumn"/>, in enum order.</summary>
    private static readonly string[] Headers =
    [
        "Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth", "Place of Birth",
        "Citizenship", "Address", "Additional Information", "Listing Information", "Committees", "Control Date",
    ];

    private readonly int[] _index;

    private DfatColumns(int[] index) => _index = index;

    /// <summary>Whether a row is the DFAT header, judged by the columns no other list's header has together.</summary>
    public static bool LooksLikeHeader(IReadOnlyList<string?> row) =>
        IndexOf(row, Headers[(int)DfatColumn.Reference]) >= 0
        && IndexOf(row, Headers[(int)DfatColumn.Name]) >= 0
        && IndexOf(row, Headers[(int)DfatColumn.NameType]) >= 0;

    /// <exception cref="FormatException">The header lacks a column; the message names it.</exception>
    public static DfatColumns Map(IReadOnlyList<string?> header)
    {
        var index = new int[Headers.Length];
        for (var column = 0; column < Headers.Length; column++)
        {
            index[column] = IndexOf(header, Headers[column]);
            if (index[column] < 0) throw new FormatException($"not the DFAT consolidated list header: no '{Headers[column]}' column");
        }
        return new DfatColumns(index);
    }

    public string? this[IReadOnlyList<string?> row, DfatColumn column] =>
        _index[(int)column] < row.Count ? row[_index[(int)column]] : null;

    private static int IndexOf(IReadOnlyList<string?> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i]?.Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
