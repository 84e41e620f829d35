using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Au;

/// <summary>Australia's DFAT consolidated list workbook: row 1 the header, "Reference", "Name of Individual or
/// Entity", "Name Type" among its columns.</summary>
public sealed class DfatXlsxFormat : IListFormat
{
    public string Name => DfatReader.Format;

    public bool Recognizes(FileHead head) =>
        head.WorkbookRows.FirstOrDefault(row => row.Any(cell => cell.Length > 0)) is { } first
        && DfatColumns.LooksLikeHeader(first);

    public LoadedList Read(string path) => DfatReader.Read(path);
}
