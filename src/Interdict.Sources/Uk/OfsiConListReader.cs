using Interdict.Core.Model;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.Uk;

/// <summary>
/// Reads the UK OFSI consolidated list ("ConList"), published as an xlsx workbook and as CSV with the same rows: one
/// row per name, grouped by Group ID into one entity each, ids "uk:&lt;Group ID&gt;".
/// </summary>
public static class OfsiConListReader
{
    public const string SourceId = "uk";
    public const string XlsxFormat = "OFSI ConList xlsx";
    public const string CsvFormat = "OFSI ConList CSV";

    /// <exception cref="ListDataException">The file is missing, damaged, not a ConList, or has a row that cannot
    /// be read (the message names the row).</exception>
    public static LoadedList ReadXlsx(string path)
    {
        using var rows = XlsxRows.Open(path);
        return ConListAssembler.Assemble(path, XlsxFormat, rows);
    }

    /// <inheritdoc cref="ReadXlsx"/>
    public static LoadedList ReadCsv(string path)
    {
        using var rows = CsvRows.Open(path);
        return ConListAssembler.Assemble(path, CsvFormat, rows);
    }
}
