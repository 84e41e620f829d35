using System.IO.Compression;
using System.Text.RegularExpressions;
using Interdict.Sources.Au;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Au;

public sealed class DfatRejectionTests : IDisposable
{
    private const string SheetEntry = "xl/worksheets/sheet1.xml";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Row_without_a_reference_is_refused_naming_the_row()
    {
        var path = WriteEditedSheet(sheet => RemoveCell(sheet, "A50"));

        var error = Assert.Throws<ListDataException>(() => DfatReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("row 50", error.Location);
        Assert.EndsWith("no Reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_without_a_required_column_is_refused_naming_it()
    {
        var path = WriteEditedSheet(sheet => ReplaceCell(sheet, "G1", """<c r="G1" t="inlineStr"><is><t>Nationality</t></is></c>"""));

        var error = Assert.Throws<ListDataException>(() => DfatReader.Read(path));

        Assert.Equal("row 1", error.Location);
        Assert.EndsWith("not the DFAT consolidated list header: no 'Citizenship' column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_with_an_unknown_name_type_is_refused()
    {
        var path = WriteEditedSheet(sheet => ReplaceCell(sheet, "D50", """<c r="D50" t="inlineStr"><is><t>Nickname</t></is></c>"""));

        var error = Assert.Throws<ListDataException>(() => DfatReader.Read(path));

        Assert.Equal("row 50", error.Location);
        Assert.EndsWith("unknown Name Type 'Nickname'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_reference_is_refused_naming_both_rows()
    {
        // Row 3 is "2a"; row 5 ("3a") made "2a" too.
        var path = WriteEditedSheet(sheet => ReplaceCell(sheet, "A5", """<c r="A5" t="inlineStr"><is><t>2a</t></is></c>"""));

        var error = Assert.Throws<ListDataException>(() => DfatReader.Read(path));

        Assert.Equal("row 5", error.Location);
        Assert.EndsWith("Reference '2a' is already on row 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_workbook_is_refused_naming_the_file()
    {
        var bytes = File.ReadAllBytes(DfatReaderTests.ListPath);
        var path = _scratch.File("truncated.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ListDataException>(() => DfatReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith($"{path}: not a complete xlsx workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_serial_in_a_cell_not_formatted_as_a_date_counts_in_the_1900_date_system()
    {
        // Row 3907 holds serial 22282 with a date format; style 10 is the General format, so the cell reads as a number.
        var path = WriteEditedSheet(sheet => sheet.Replace("""<c r="E3907" s="54">""", """<c r="E3907" s="10">""", StringComparison.Ordinal));

        var list = DfatReader.Read(path);

        Assert.Equal("1961-01-01", Assert.Single(list.Entities.Single(e => e.Id == "au:2680").BirthDates).ToString());
    }

    private static string RemoveCell(string sheet, string cell) => ReplaceCell(sheet, cell, "");

    private static string ReplaceCell(string sheet, string cell, string replacement)
    {
        var pattern = new Regex($"""<c r="{cell}"[^>]*>.*?</c>""");
        Assert.Matches(pattern, sheet);
        return pattern.Replace(sheet, replacement, 1);
    }

    /// <summary>Copies the real workbook with its worksheet XML edited.</summary>
    private string WriteEditedSheet(Func<string, string> edit)
    {
        var target = _scratch.File("edited.xlsx");
        using var input = ZipFile.OpenRead(DfatReaderTests.ListPath);
        using (var output = ZipFile.Open(target, ZipArchiveMode.Create))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var copy = output.CreateEntry(entry.FullName).Open();
                if (entry.FullName != SheetEntry)
                {
                    source.CopyTo(copy);
                    continue;
                }
                using var reader = new StreamReader(source);
                using var writer = new StreamWriter(copy);
                writer.Write(edit(reader.ReadToEnd()));
            }
        }
        return target;
    }
}
