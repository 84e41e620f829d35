using Interdict.Sources.Un;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Un;

public sealed class UnXmlReaderRejectionTests : IDisposable
{
    private static readonly string Latest = SharedData.Lists("un", "un_consolidated_2026-02-27.xml");
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Latin1_bytes_under_a_utf8_declaration_are_refused_at_the_line()
    {
        var path = SharedData.Lists("bad-input", "un_consolidated_latin1-bytes-utf8-declared.xml");

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.Equal(path, error.FilePath);
        // Line 53 holds the first byte that is not UTF-8 text: a Windows-1252 apostrophe turned into a control code.
        Assert.Equal("line 53, position 11", error.Location);
        Assert.StartsWith($"{path}: line 53, position 11: not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_is_refused_at_the_line_where_it_stops()
    {
        var bytes = File.ReadAllBytes(Latest);
        var path = _scratch.File("truncated.xml");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var lines = File.ReadAllLines(path).Length;

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.InRange(int.Parse(error.Location!.Split(' ', ',')[1], System.Globalization.CultureInfo.InvariantCulture), lines - 1, lines);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_without_reference_number_is_refused_with_its_position_and_dataid()
    {
        var path = WriteEdited("<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>", "");

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.Equal("line 4, INDIVIDUAL #1 (DATAID 6907993)", error.Location);
        Assert.EndsWith("no REFERENCE_NUMBER", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_without_any_name_is_refused()
    {
        var path = WriteEdited("<FIRST_NAME>ERIC</FIRST_NAME>\n      <SECOND_NAME>BADEGE</SECOND_NAME>", "");

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.Equal("line 4, INDIVIDUAL #1 (DATAID 6907993)", error.Location);
        Assert.EndsWith("CDi.001 has no name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_reference_number_is_refused_naming_both_entries()
    {
        var path = WriteEdited("<REFERENCE_NUMBER>CDi.002</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>");

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.StartsWith($"{path}: line 42, INDIVIDUAL #2 (DATAID 6907994): REFERENCE_NUMBER CDi.001 is already used at line 4, INDIVIDUAL #1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_refused_naming_it()
    {
        var path = _scratch.File("absent.xml");

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.StartsWith($"{path}: cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_list_in_xml_is_refused_by_its_root_element()
    {
        var path = SharedData.Lists("eu", "eu_fsf_xml_v1_1_excerpt_2026-08-05.xml");

        var error = Assert.Throws<ListDataException>(() => UnXmlReader.Read(path));

        Assert.Equal($"{path}: line 2: root element is <export>, not <CONSOLIDATED_LIST>", error.Message);
    }

    private string WriteEdited(string find, string replacement)
    {
        var text = File.ReadAllText(Latest);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the file");
        var path = _scratch.File("edited.xml");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
        return path;
    }
}
