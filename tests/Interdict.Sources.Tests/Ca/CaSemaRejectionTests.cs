using Interdict.Sources.Ca;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ca;

public sealed class CaSemaRejectionTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Truncated_file_is_refused_at_the_line_where_it_stops()
    {
        var bytes = File.ReadAllBytes(CaSemaReaderTests.ListPath);
        var path = _scratch.File("truncated.xml");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var lines = File.ReadAllLines(path).Length;

        var error = Assert.Throws<ListDataException>(() => CaSemaReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.InRange(int.Parse(error.Location!.Split(' ', ',')[1], System.Globalization.CultureInfo.InvariantCulture), lines - 1, lines);
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_without_a_name_is_refused_naming_its_line_and_number()
    {
        // The eighth record (line 64) is Aleksandr Lukashenko's.
        var path = WriteEdited(
            "<LastName>Lukashenko</LastName>\n\t\t<GivenName>Aleksandr Grigoryevich</GivenName>", "");

        var error = Assert.Throws<ListDataException>(() => CaSemaReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("line 64, record 8", error.Location);
        Assert.EndsWith("no name: LastName, GivenName and EntityOrShip are all empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_without_an_item_number_is_refused()
    {
        var path = WriteEdited("<Item>8</Item>\n\t\t<DateOfListing>2020-09-28</DateOfListing>", "<DateOfListing>2020-09-28</DateOfListing>");

        var error = Assert.Throws<ListDataException>(() => CaSemaReader.Read(path));

        Assert.Equal("line 64, record 8", error.Location);
        Assert.EndsWith("no Item number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_listing_date_is_refused()
    {
        var path = WriteEdited("<Item>8</Item>\n\t\t<DateOfListing>2020-09-28</DateOfListing>", "<Item>8</Item>\n\t\t<DateOfListing>28/09/2020</DateOfListing>");

        var error = Assert.Throws<ListDataException>(() => CaSemaReader.Read(path));

        Assert.Equal("line 64, record 8", error.Location);
        Assert.EndsWith("DateOfListing '28/09/2020' is not a yyyy-MM-dd date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_sharing_a_key_get_numbered_ids_in_file_order()
    {
        // Record 9 (Viktor Lukashenko) made item 8 too: the later record becomes "~2".
        var path = WriteEdited("<Item>9</Item>", "<Item>8</Item>");

        var list = CaSemaReader.Read(path);

        Assert.Equal("Aleksandr Grigoryevich Lukashenko", list.Entities.Single(e => e.Id == "ca:belarus/1-part-1/8").Names[0].Value);
        Assert.Equal("Viktor Aleksandrovich Lukashenko", list.Entities.Single(e => e.Id == "ca:belarus/1-part-1/8~2").Names[0].Value);
    }

    /// <summary>Copies the real list with the first occurrence of <paramref name="find"/> replaced.</summary>
    private string WriteEdited(string find, string replacement)
    {
        var text = File.ReadAllText(CaSemaReaderTests.ListPath);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the list");
        var path = _scratch.File("edited.xml");
        File.WriteAllText(path, text[..at] + replacement + text[(at + find.Length)..]);
        return path;
    }
}
