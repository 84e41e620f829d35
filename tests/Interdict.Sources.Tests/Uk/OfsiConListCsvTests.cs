using CsvHelper;
using Interdict.Sources.Sheets;
using Interdict.Sources.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Uk;

/// <summary>
/// No CSV ConList is among the shared files, so these tests write one from the workbook's own rows, as OFSI
/// publishes it: the same rows and columns, comma separated.
/// </summary>
public sealed class OfsiConListCsvTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Csv_of_the_workbook_rows_gives_the_same_entities()
    {
        var workbook = OfsiConListReaderTests.Path("2025-04-14");
        var csv = WriteCsv(ReadWorkbook(workbook));

        var fromXlsx = OfsiConListReader.ReadXlsx(workbook);
        var fromCsv = OfsiConListReader.ReadCsv(csv);

        Assert.Equal("OFSI ConList CSV", fromCsv.Version.Format);
        Assert.Equal(fromXlsx.Version.Published, fromCsv.Version.Published);
        Assert.Equal(4688, fromCsv.Entities.Count);
        Assert.Equal(fromXlsx.Entities.Select(EntityText.Describe), fromCsv.Entities.Select(EntityText.Describe));
    }

    // Rows 17 to 20 of the workbook are four rows of group 13378 (an Individual), one per birth year.
    [Theory]
    [InlineData(19, "Group ID", null, "no Group ID")]
    [InlineData(19, "Group ID", "13378A", "Group ID '13378A' is not a number")]
    [InlineData(19, "Group Type", "Aircraft", "unknown Group Type 'Aircraft'")]
    [InlineData(19, "Group Type", "Entity", "Group Type 'Entity' of group 13378 disagrees with 'Individual' on row 17")]
    [InlineData(19, "Name 6", null, "every name cell is empty")]
    [InlineData(19, "Alias Type", "Nickname", "unknown Alias Type 'Nickname'")]
    [InlineData(19, "Listed On", "2016-09-01", "Listed On '2016-09-01' is not a dd/mm/yyyy date")]
    [InlineData(2, "Group ID", "Group", "not the OFSI ConList header: no 'Group ID' column")]
    [InlineData(1, "Name 6", "Published", "not an OFSI ConList: row 1 must be 'Last Updated' and a dd/mm/yyyy date")]
    public void Bad_row_is_refused_naming_the_file_and_row(int row, string column, string? value, string problem)
    {
        var rows = ReadWorkbook(OfsiConListReaderTests.Path("2025-04-14")).Take(20).ToList();
        var index = Array.IndexOf(rows[1], column);
        rows[row - 1][index] = value;
        var path = WriteCsv(rows);

        var error = Assert.Throws<ListDataException>(() => OfsiConListReader.ReadCsv(path));

        Assert.Equal($"{path}: row {row}: {problem}", error.Message);
    }

    [Fact]
    public void Broken_quoting_is_refused_at_its_row()
    {
        var rows = ReadWorkbook(OfsiConListReaderTests.Path("2025-04-14")).Take(20).ToList();
        rows[9][Array.IndexOf(rows[1], "Name 6")] = "BROKEN";
        var path = WriteCsv(rows);
        File.WriteAllText(path, File.ReadAllText(path).Replace("BROKEN", "\"BRO\"KEN", StringComparison.Ordinal));

        var error = Assert.Throws<ListDataException>(() => OfsiConListReader.ReadCsv(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("row 10", error.Location);
    }

    private static List<string?[]> ReadWorkbook(string path)
    {
        using var rows = XlsxRows.Open(path);
        var all = new List<string?[]>();
        while (rows.Next() is { } row) all.Add([.. row]);
        return all;
    }

    private string WriteCsv(IEnumerable<string?[]> rows)
    {
        var path = _scratch.File("ConList.csv");
        using (var writer = CsvWriter.Create(new StreamWriter(path), new CsvWriterOptions { ValidateFieldCount = false }))
        {
            foreach (var row in rows) writer.WriteRecord([.. row.Select(cell => cell ?? "")]);
        }
        return path;
    }
}
