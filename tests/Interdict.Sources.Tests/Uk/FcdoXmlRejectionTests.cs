using System.Globalization;
using Interdict.Sources.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Uk;

/// <summary>Damaged copies of the FCDO excerpt are refused whole, naming the file and the line. The excerpt's
/// designations start on lines 4 (AFG0011), 109 (AQD0128), 199 (AQD0377) and 256 (DPR0075).</summary>
public sealed class FcdoXmlRejectionTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Truncated_file_is_refused_at_the_line_where_it_stops()
    {
        var bytes = File.ReadAllBytes(FcdoXmlReaderTests.Excerpt);
        var path = _scratch.File("truncated.xml");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var lines = File.ReadAllLines(path).Length;

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.InRange(int.Parse(error.Location!.Split(' ', ',')[1], CultureInfo.InvariantCulture), lines - 1, lines);
        Assert.StartsWith($"{path}: {error.Location}: not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Designation_without_unique_id_is_refused_at_its_line()
    {
        var path = WriteEdited("<UniqueID>AQD0128</UniqueID>", "");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal("line 109, Designation #2 (UniqueID none)", error.Location);
        Assert.Equal($"{path}: line 109, Designation #2 (UniqueID none): no UniqueID", error.Message);
    }

    [Fact]
    public void Repeated_ofsi_group_id_is_refused_naming_both_designations()
    {
        var path = WriteEdited("<OFSIGroupID>11050</OFSIGroupID>", "<OFSIGroupID>7270</OFSIGroupID>");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal(
            $"{path}: line 109, Designation #2 (UniqueID AQD0128): OFSIGroupID 7270 is already used at line 4, Designation #1 (UniqueID AFG0011)",
            error.Message);
    }

    [Fact]
    public void Repeated_unique_id_is_refused_naming_both_designations()
    {
        var path = WriteEdited("<UniqueID>AQD0377</UniqueID>", "<UniqueID>AQD0128</UniqueID>");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal(
            $"{path}: line 199, Designation #3 (UniqueID AQD0128): UniqueID AQD0128 is already used at line 109, Designation #2 (UniqueID AQD0128)",
            error.Message);
    }

    [Fact]
    public void Ofsi_group_id_that_is_not_a_number_is_refused()
    {
        var path = WriteEdited("<OFSIGroupID>14211</OFSIGroupID>", "<OFSIGroupID>14211A</OFSIGroupID>");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal("line 199, Designation #3 (UniqueID AQD0377)", error.Location);
        Assert.EndsWith("OFSIGroupID '14211A' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Designation_without_any_name_is_refused()
    {
        var text = File.ReadAllText(FcdoXmlReaderTests.Excerpt);
        var names = text.IndexOf("<Names>", text.IndexOf("<UniqueID>DPR0075", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = text.IndexOf("</Names>", names, StringComparison.Ordinal) + "</Names>".Length;
        var path = Write(text[..names] + text[end..]);

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal($"{path}: line 256, Designation #4 (UniqueID DPR0075): DPR0075 has no name", error.Message);
    }

    [Theory]
    [InlineData("<NameType>Alias</NameType>", "<NameType>Maiden name</NameType>", "unknown NameType 'Maiden name'")]
    [InlineData("<AliasStrength>Good quality a.k.a</AliasStrength>", "<AliasStrength>Medium</AliasStrength>", "unknown AliasStrength 'Medium'")]
    [InlineData("<IndividualEntityShip>Individual</IndividualEntityShip>", "<IndividualEntityShip>Aircraft</IndividualEntityShip>", "unknown IndividualEntityShip 'Aircraft'")]
    [InlineData("<DateDesignated>31/01/2001</DateDesignated>", "<DateDesignated>2001-01-31</DateDesignated>", "DateDesignated '2001-01-31' is not a dd/mm/yyyy date")]
    [InlineData("<Name1>ABDUL</Name1>\n        <Name2>LATIF</Name2>\n        <Name6>MANSUR</Name6>", "", "a Name has no Name1 … Name6")]
    public void Malformed_value_in_the_first_designation_is_refused_at_its_line(string original, string replacement, string problem)
    {
        var path = WriteEdited(original, replacement);

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal($"{path}: line 4, Designation #1 (UniqueID AFG0011): {problem}", error.Message);
    }

    [Fact]
    public void Malformed_date_generated_is_refused_at_its_line()
    {
        var path = WriteEdited("<DateGenerated>14/08/2026</DateGenerated>", "<DateGenerated>2026-08-14</DateGenerated>");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.Equal($"{path}: line 3: DateGenerated '2026-08-14' is not a dd/mm/yyyy date", error.Message);
    }

    [Fact]
    public void Another_xml_list_is_refused_by_its_root_element()
    {
        var path = SharedData.Lists("un", "un_consolidated_2026-02-27.xml");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.EndsWith("root element is <CONSOLIDATED_LIST>, not <Designations>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_refused_naming_it()
    {
        var path = _scratch.File("absent.xml");

        var error = Assert.Throws<ListDataException>(() => FcdoXmlReader.Read(path));

        Assert.StartsWith($"{path}: cannot be read", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The excerpt with the first occurrence of <paramref name="original"/> replaced.</summary>
    private string WriteEdited(string original, string replacement)
    {
        var text = File.ReadAllText(FcdoXmlReaderTests.Excerpt);
        var at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{original}' is not in the excerpt");
        return Write(text[..at] + replacement + text[(at + original.Length)..]);
    }

    private string Write(string text)
    {
        var path = _scratch.File("edited.xml");
        File.WriteAllText(path, text);
        return path;
    }
}
