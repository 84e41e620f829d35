using System.IO.Compression;
using Interdict.Sources.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Uk;

public sealed class OfsiConListXlsxRejectionTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Truncated_workbook_is_refused_naming_the_file()
    {
        // A cut xlsx loses the zip directory at its end, so no row can be read and the whole file is named.
        var bytes = File.ReadAllBytes(OfsiConListReaderTests.Path("2025-04-14"));
        var path = _scratch.File("truncated.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ListDataException>(() => OfsiConListReader.ReadXlsx(path));

        Assert.Equal(path, error.FilePath);
        Assert.Null(error.Location);
        Assert.StartsWith($"{path}: not a complete xlsx workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_with_a_truncated_worksheet_is_refused_naming_the_file_and_position()
    {
        // ExcelDataReader reads the whole worksheet when it opens it, so the damage is found before any row is
        // returned: the message gives the parser's position in the worksheet XML instead of a row.
        var path = _scratch.File("truncated-sheet.xlsx");
        var kept = CopyWithHalfTheSheet(OfsiConListReaderTests.Path("2025-04-14"), path);

        var error = Assert.Throws<ListDataException>(() => OfsiConListReader.ReadXlsx(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith($"{path}: not a complete xlsx workbook: Unexpected end of file", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"Line 1, position {kept.Length + 1}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_list_workbook_is_refused_as_not_a_conlist()
    {
        var path = SharedData.Lists("au", "dfat_consolidated_2024-11.xlsx");

        var error = Assert.Throws<ListDataException>(() => OfsiConListReader.ReadXlsx(path));

        Assert.Equal("row 1", error.Location);
        Assert.Contains("not an OFSI ConList", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_refused_naming_it()
    {
        var path = _scratch.File("absent.xlsx");

        var error = Assert.Throws<ListDataException>(() => OfsiConListReader.ReadXlsx(path));

        Assert.StartsWith($"{path}: cannot be read", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Copies the workbook with its worksheet XML cut in half; returns the kept part of the sheet.</summary>
    private static string CopyWithHalfTheSheet(string source, string target)
    {
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(target, ZipArchiveMode.Create);
        var kept = "";
        foreach (var entry in input.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var content = reader.ReadToEnd();
            if (entry.FullName == "xl/worksheets/sheet1.xml") content = kept = content[..(content.Length / 2)];
            using var writer = new StreamWriter(output.CreateEntry(entry.FullName).Open());
            writer.Write(content);
        }
        return kept;
    }
}
