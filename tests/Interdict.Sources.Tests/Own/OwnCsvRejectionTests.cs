using Interdict.Sources.Own;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Own;

/// <summary>Edits of the example block list (rows: 1 list header, 2 column names, 3–7 entries B-0001 to B-0005),
/// each refused whole with the row and column named.</summary>
public sealed class OwnCsvRejectionTests : IDisposable
{
    private const string AllColumns = "the columns are id, name, schema, aliases, birth_dates, countries, identifiers, notes";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("B-0003,Ocean Pearl", ",Ocean Pearl", "row 5, column 'id'", "no id: every entry needs the firm's own key")]
    [InlineData("B-0003,Ocean Pearl,", "B-0003,,", "row 5, column 'name'", "no name for id B-0003")]
    [InlineData("B-0005,", "B-0002,", "row 7, column 'id'", "id B-0002 is already used at row 4")]
    [InlineData(",Vessel,", ",Boat,", "row 5, column 'schema'", "unknown schema 'Boat': write one of Person, Organization, Company, PublicBody, Vessel, Aircraft")]
    [InlineData(",Vessel,", ",,", "row 5, column 'schema'", "no schema: write one of Person, Organization")]
    [InlineData("1961-11", "1961-13", "row 3, column 'birth_dates'", "'1961-13' is not a date: write yyyy, yyyy-mm or yyyy-mm-dd")]
    [InlineData("1961-11", "11/1961", "row 3, column 'birth_dates'", "'11/1961' is not a date")]
    [InlineData(",Organization,,,", ",Organization,,1990,", "row 7, column 'birth_dates'", "birth dates are for persons, and this entry's schema is Organization")]
    [InlineData("IQ|Jordan", "IQ|Narnia", "row 6, column 'countries'", "unknown country 'Narnia': write an ISO 3166 code")]
    [InlineData("imo:9123456", "imo 9123456", "row 5, column 'identifiers'", "malformed identifier 'imo 9123456': write type:value or type:value:country")]
    [InlineData("imo:9123456", "imo:9123456:PA:x", "row 5, column 'identifiers'", "malformed identifier 'imo:9123456:PA:x'")]
    [InlineData("imo:9123456", "imo:", "row 5, column 'identifiers'", "malformed identifier 'imo:': it needs a type and a value")]
    [InlineData("swift-bic:GSAVAEAD", "swift:GSAVAEAD", "row 7, column 'identifiers'", "unknown identifier type 'swift' in 'swift:GSAVAEAD': the types are passport, national-id, tax-id")]
    [InlineData("lei:5299001ABCDEF1234567", "lei:5299001ABCDEF1234567:XX", "row 4, column 'identifiers'", "unknown country 'XX'")]
    [InlineData("AE,swift-bic:GSAVAEAD,", "AE,swift-bic:GSAVAEAD", "row 7", "7 cells where the header names 8 columns")]
    [InlineData("Perla del Mar,", "Perla del Mar,extra,", "row 5", "9 cells where the header names 8 columns")]
    [InlineData("identifiers,notes", "identifiers,note", "row 2, column 'note'", $"unknown column 'note': {AllColumns}")]
    [InlineData("id,name,schema,aliases", "id,name,schema,notes", "row 2, column 'notes'", "column 'notes' appears twice")]
    [InlineData("id,name,schema", "id,name,", "row 2", $"column 3 has no name: {AllColumns}")]
    [InlineData("# interdict-list", "# interdict-lists", "row 1", "not an Interdict own list: row 1 must be the list header '# interdict-list: name=<name> kind=block|allow'")]
    [InlineData("name=acme-blocked", "name=Acme_Blocked", "row 1", "list name 'Acme_Blocked' must be 1 to 40 characters of a-z, 0-9 and '-'")]
    [InlineData("name=acme-blocked ", "", "row 1", "the list header gives no name")]
    [InlineData("kind=block", "kind=deny", "row 1", "unknown list kind 'deny': write block or allow")]
    [InlineData("kind=block ", "", "row 1", "the list header gives no kind: write block or allow")]
    [InlineData("kind=block", "kind=block kind=allow", "row 1", "the list header gives 'kind' twice")]
    [InlineData("published=2026-11-02", "published=02/11/2026", "row 1", "published date '02/11/2026' is not a yyyy-mm-dd date")]
    [InlineData("published=2026-11-02", "published=2026-11-02 owner=compliance", "row 1", "unknown key 'owner' in the list header: the keys are name, kind, published")]
    [InlineData("kind=block", "kind:block", "row 1", "'kind:block' in the list header is not key=value")]
    public void Edited_row_is_refused_naming_row_and_column(string find, string replace, string location, string problem)
    {
        var path = OwnListExamples.WriteEdited(_scratch, OwnListExamples.BlockCsv, find, replace);

        OwnListExamples.AssertRefused(() => OwnCsvReader.Read(path), path, location, problem);
    }

    [Fact]
    public void Header_without_a_required_column_is_refused()
    {
        var path = _scratch.File("no-schema.csv");
        File.WriteAllLines(path, ["# interdict-list: name=acme kind=block", "id,name,countries", "1,Someone,RU"]);

        OwnListExamples.AssertRefused(() => OwnCsvReader.Read(path), path, "row 2", "no 'schema' column: the header must name id, name, schema");
    }

    [Fact]
    public void File_cut_inside_a_row_is_refused_at_that_row()
    {
        var text = File.ReadAllText(OwnListExamples.BlockCsv);
        var path = _scratch.File("cut.csv");
        File.WriteAllText(path, text[..text.IndexOf(",Company,", StringComparison.Ordinal)]);

        OwnListExamples.AssertRefused(() => OwnCsvReader.Read(path), path, "row 4", "2 cells where the header names 8 columns");
    }

    [Fact]
    public void File_cut_inside_a_quoted_cell_is_refused()
    {
        var text = File.ReadAllText(OwnListExamples.BlockCsv);
        var path = _scratch.File("cut-in-quotes.csv");
        File.WriteAllText(path, text[..text.IndexOf("invoice fraud", StringComparison.Ordinal)]);

        var error = Assert.Throws<ListDataException>(() => OwnCsvReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("row 3", error.Location);
    }

    [Fact]
    public void File_of_headers_only_is_refused_as_holding_no_entries()
    {
        var path = _scratch.File("headers-only.csv");
        File.WriteAllLines(path, File.ReadAllLines(OwnListExamples.BlockCsv)[..2]);

        OwnListExamples.AssertRefused(() => OwnCsvReader.Read(path), path, null, "the list has no entries after its header");
    }
}
