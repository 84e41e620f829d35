using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Uk;

/// <summary>The OFSI ConList workbook: row 1 "Last Updated", row 2 the header with "Group ID".</summary>
public sealed class OfsiXlsxFormat : IListFormat
{
    public string Name => OfsiConListReader.XlsxFormat;

    public bool Recognizes(FileHead head) => OfsiHeader.Matches(head.WorkbookRows);

    public LoadedList Read(string path) => OfsiConListReader.ReadXlsx(path);
}

/// <summary>The OFSI ConList as CSV, the same rows as the workbook.</summary>
public sealed class OfsiCsvFormat : IListFormat
{
    public string Name => OfsiConListReader.CsvFormat;

    public bool Recognizes(FileHead head) => OfsiHeader.Matches([head.FirstRow(',')]);

    public LoadedList Read(string path) => OfsiConListReader.ReadCsv(path);
}

internal static class OfsiHeader
{
    /// <summary>A ConList starts with its "Last Updated" row, or (when that row was cut) with its header.</summary>
    public static bool Matches(IReadOnlyList<IReadOnlyList<string>> firstRows) =>
        firstRows.FirstOrDefault(row => row.Any(cell => cell.Length > 0)) is { } first
        && (first[0].Trim() == "Last Updated" || (first.Contains("Group ID") && first.Contains("Name 6")));
}
