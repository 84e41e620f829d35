namespace Interdict.Sources.Sheets;

/// <summary>The rows of a spreadsheet-like list file (xlsx or delimited text) as cleaned cell texts.</summary>
internal interface ISheetRows : IDisposable
{
    /// <summary>The 1-based number of the row last returned: the spreadsheet row, or the CSV record.</summary>
    int RowNumber { get; }

    /// <summary>The next row's cells, blank cells null; null after the last row.</summary>
    /// <exception cref="ListDataException">The file is damaged at this row.</exception>
    IReadOnlyList<string?>? Next();
}
