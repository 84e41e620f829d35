namespace Interdict.Sources.Eu;

/// <param name="Header">The CSV column name, e.g. "NameAlias_WholeName".</param>
/// <param name="Element">The XML element path it belongs to: "nameAlias", "sanctionEntity/regulation".</param>
/// <param name="Attribute">The XML attribute it carries, "remark" for a remark text.</param>
internal sealed record EuCsvColumn(string Header, string Element, string Attribute, bool Required);

/// <summary>
/// Where each column of csv-columns.tsv is in one EU CSV file, found by its header text, so columns the reader
/// does not use (publication URLs, regulation languages) or added later are passed over.
/// </summary>
internal sealed class EuCsvColumns
{
    private static readonly EuCsvColumn[] Table = [.. SourceTable
        .Read(typeof(EuCsvColumns), "csv-columns.tsv", "column", "element", "attribute", "required")
        .Select(row => new EuCsvColumn(row[0], row[1], row[2], row[3] == "yes"))];

    private readonly (EuCsvColumn Column, int Index)[] _present;

    private EuCsvColumns((EuCsvColumn, int)[] present) => _present = present;

    /// <exception cref="FormatException">The header lacks a required column; the message names it.</exception>
    public static EuCsvColumns Map(IReadOnlyList<string?> header)
    {
        var names = header.ToList();
        var present = new List<(EuCsvColumn, int)>();
        foreach (var column in Table)
        {
            var index = names.IndexOf(column.Header);
            if (index >= 0) present.Add((column, index));
            else if (column.Required) throw new FormatException($"not the EU FSF CSV 1.1 header: no '{column.Header}' column");
        }
        return new EuCsvColumns([.. present]);
    }

    /// <summary>The row's non-blank values of the mapped columns.</summary>
    public IEnumerable<(EuCsvColumn Column, string Value)> Values(IReadOnlyList<string?> row)
    {
        foreach (var (column, index) in _present)
        {
            if (row[index] is { } value) yield return (column, value);
        }
    }

    /// <summary>The CSV column of an element's attribute, to name it in errors.</summary>
    public static string HeaderOf(string element, string attribute) =>
        Array.Find(Table, c => c.Element == element && c.Attribute == attribute)?.Header ?? $"{element} {attribute}";
}
