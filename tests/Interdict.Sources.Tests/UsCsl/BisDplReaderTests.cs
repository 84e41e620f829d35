using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.UsCsl;
using Interdict.Testing;
using static Interdict.Sources.Tests.UsCsl.UsCslTestLists;

namespace Interdict.Sources.Tests.UsCsl;

public sealed class BisDplReaderTests : IDisposable
{
    private static readonly string DplPath = Path("bis_denied_persons_2023-11.txt");

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Rows_of_one_party_and_order_form_one_entity()
    {
        var list = BisDplReader.Read(DplPath);

        Assert.Equal("us-bis-dpl", list.Version.SourceId);
        Assert.Null(list.Version.Published);
        // 665 rows, one per address: 547 parties (name and effective date).
        Assert.Equal(547, list.Entities.Count);
        Assert.Equal(new Dictionary<Schema, int> { [Schema.Person] = 451, [Schema.Organization] = 96 }, list.CountBySchema());
        var airline = Assert.Single(list.Entities, e => e.Caption == "AL NASER AIRLINES");
        Assert.Equal(Schema.Organization, airline.Schema);
        Assert.Equal(4, airline.Addresses.Count);
        Assert.Equal(new DateOnly(2023, 10, 31), airline.ListedOn);
    }

    [Fact]
    public void Denied_person_is_read_with_address_dates_and_citation()
    {
        var list = BisDplReader.Read(DplPath);

        var person = Get(list, $"us-bis-dpl:{BisDplReader.Key("AARON ABRAHAM VILLA", new DateOnly(2022, 8, 24))}");
        Assert.Equal(Schema.Person, person.Schema);
        Assert.Equal(new NameKind[] { NameKind.Primary }, person.Names.Select(n => n.Kind));
        Assert.Equal(new DateOnly(2022, 8, 24), person.ListedOn);
        Assert.Equal(new Address("3415 RIVERA AVENUE", "EL PASO", "TX", "79905"), Assert.Single(person.Addresses));
        Assert.Equal(["Expires: 2026-01-14", "Federal Register: 87 F.R. 52741 8/29/2022", "Action: F.R. NOTICE ADDED"], person.Remarks);
    }

    [Fact]
    public void Ids_are_the_same_on_every_reading()
    {
        Assert.Equal(BisDplReader.Read(DplPath).Entities.Select(e => e.Id), BisDplReader.Read(DplPath).Entities.Select(e => e.Id));
    }

    [Fact]
    public void Loader_recognises_the_list_by_content()
    {
        Assert.Equal("BIS Denied Persons List (tab separated)", FormatSniffer.Detect(DplPath).Format?.Name);
        Assert.Equal(547, Assert.Single(ListLoader.Load([DplPath]).Lists).Entities.Count);
    }

    [Theory]
    [InlineData(0, "", "the entry has no name")]
    [InlineData(6, "2022-08-24", "Effective_Date '2022-08-24' is not an mm/dd/yyyy date")]
    [InlineData(6, "", "the entry has no Effective_Date")]
    public void Row_with_a_bad_field_is_refused(int column, string value, string problem)
    {
        var path = Copy(lines =>
        {
            var fields = lines[2].Split('\t');
            fields[column] = $"\"{value}\"";
            lines[2] = string.Join('\t', fields);
        });

        var error = Assert.Throws<ListDataException>(() => ListLoader.Load([path]));

        Assert.Equal($"{path}: row 3: {problem}", error.Message);
    }

    [Fact]
    public void Row_with_a_missing_field_is_refused()
    {
        var path = Copy(lines => lines[9] = lines[9][..lines[9].LastIndexOf('\t')]);

        var error = Assert.Throws<ListDataException>(() => BisDplReader.Read(path));

        Assert.Equal($"{path}: row 10: 11 fields where the header has 12", error.Message);
    }

    [Fact]
    public void Truncated_file_is_refused_at_its_cut_row()
    {
        var text = File.ReadAllText(DplPath);
        var path = _scratch.File("dpl_cut.txt");
        // Cut inside the street address of row 299, JIM ROJAS.
        File.WriteAllText(path, text[..(text.IndexOf("\"JIM ROJAS\"", StringComparison.Ordinal) + 20)]);

        var error = Assert.Throws<ListDataException>(() => BisDplReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("row 299", error.Location);
    }

    private string Copy(Action<List<string>> change)
    {
        var lines = File.ReadAllLines(DplPath).ToList();
        change(lines);
        var path = _scratch.File("dpl.txt");
        File.WriteAllLines(path, lines);
        return path;
    }
}
