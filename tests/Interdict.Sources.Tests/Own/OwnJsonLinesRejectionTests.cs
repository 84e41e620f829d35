using Interdict.Sources.Own;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Own;

/// <summary>Edits of the example allow-list (line 1 the list header, lines 2–4 entries ), each refused
/// whole with the line and field named.</summary>
public sealed class OwnJsonLinesRejectionTests : IDisposable
{
    private const string Header = "line 1, field 'interdict_list'";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("\"id\": \"A-18\", ", "", "line 3, field 'id'", "no id: every entry needs the firm's own key")]
    [InlineData("\"name\": \"Alpen Logistik AG\", ", "", "line 3, field 'name'", "no name for id A-18")]
    [InlineData("\"id\": \"A-19\"", "\"id\": \"A-17\"", "line 4, field 'id'", "id A-17 is already used at line 2")]
    [InlineData("\"schema\": \"Company\"", "\"schema\": \"Firm\"", "line 3, field 'schema'", "unknown schema 'Firm': write one of Person, Organization, Company, PublicBody, Vessel, Aircraft")]
    [InlineData("1984-02-29", "1985-02-29", "line 2, field 'birth_dates'", "'1985-02-29' is not a date")]
    [InlineData("\"Austria\"", "\"Austra\"", "line 3, field 'countries'", "unknown country 'Austra'")]
    [InlineData("\"country\": \"DE\"", "\"country\": \"Germania\"", "line 2, field 'identifiers'", "unknown country 'Germania'")]
    [InlineData("{\"type\": \"website\", \"value\": \"https://alpen-logistik.example\"}", "{\"type\": \"website\"}", "line 3, field 'identifiers'", "malformed identifier '{\"type\": \"website\"}': it needs a type and a value")]
    [InlineData("\"type\": \"passport\"", "\"type\": \"pass\"", "line 2, field 'identifiers'", "unknown identifier type 'pass'")]
    [InlineData("\"country\": \"AT\"", "\"issuer\": \"AT\"", "line 3, field 'identifiers'", "unknown field 'issuer': the fields are type, value, country")]
    [InlineData("\"notes\": \"Employee", "\"note\": \"Employee", "line 4, field 'note'", "unknown field 'note': the fields are id, name, schema, aliases, birth_dates, countries, identifiers, notes")]
    [InlineData("\"name\": \"Alpen Logistik AG\", ", "\"name\": \"Alpen Logistik AG\", \"name\": \"Alpen\", ", "line 3, field 'name'", "'name' appears twice")]
    [InlineData("\"id\": \"A-18\"", "\"id\": 18", "line 3, field 'id'", "must be a string, not a number")]
    [InlineData("\"birth_dates\": [\"1990\"]", "\"birth_dates\": \"1990\"", "line 4, field 'birth_dates'", "must be an array of strings, not a string")]
    [InlineData("\"aliases\": [\"Иван Сидоров\"]", "\"aliases\": [[\"Иван Сидоров\"]]", "line 2, field 'aliases'", "must be an array of strings, not an array")]
    [InlineData("[{\"type\": \"passport\", \"value\": \"C01X00T47\", \"country\": \"DE\"}]", "[\"passport:C01X00T47:DE\"]", "line 2, field 'identifiers'", "must be an array of objects with type, value and country, not an array holding a string")]
    [InlineData("\"value\": \"C01X00T47\"", "\"value\": 47", "line 2, field 'identifiers'", "as strings ('value'), not a number")]
    [InlineData("\"Employee, cleared by compliance\"}", "\"Employee, cleared by compliance\"", "line 4", "malformed JSON at byte")]
    [InlineData("\"kind\": \"allow\"", "\"kind\": \"permit\"", Header, "unknown list kind 'permit': write block or allow")]
    [InlineData("\"name\": \"acme-cleared\"", "\"name\": \"ACME cleared\"", Header, "list name 'ACME cleared' must be 1 to 40 characters")]
    [InlineData("\"published\": \"2026-10-15\"", "\"published\": 20261015", "line 1, field 'interdict_list.published'", "must be a string, not a number")]
    [InlineData("\"published\": \"2026-10-15\"", "\"published\": \"15.10.2026\"", Header, "published date '15.10.2026' is not a yyyy-mm-dd date")]
    [InlineData("\"kind\": \"allow\", ", "", Header, "the list header gives no kind")]
    [InlineData("{\"interdict_list\": {", "{\"interdict_list\": \"acme\", \"x\": {", "line 1, field 'x'", "unknown field 'x': the fields are interdict_list")]
    [InlineData("{\"interdict_list\"", "{\"list\"", "line 1", "not an Interdict own list: line 1 must be the list header {\"interdict_list\": {\"name\": …, \"kind\": \"block\" or \"allow\"}}")]
    public void Edited_line_is_refused_naming_line_and_field(string find, string replace, string location, string problem)
    {
        var path = OwnListExamples.WriteEdited(_scratch, OwnListExamples.AllowJsonLines, find, replace);

        OwnListExamples.AssertRefused(() => OwnJsonLinesReader.Read(path), path, location, problem);
    }

    [Fact]
    public void Line_that_is_not_an_object_is_refused()
    {
        var path = _scratch.File("array.jsonl");
        File.WriteAllText(path, File.ReadAllText(OwnListExamples.AllowJsonLines) + "[\"A-20\", \"Someone\"]\n");

        OwnListExamples.AssertRefused(() => OwnJsonLinesReader.Read(path), path, "line 5", "an entry must be a JSON object, not an array");
    }

    [Fact]
    public void File_cut_inside_a_line_is_refused_at_that_line()
    {
        var text = File.ReadAllText(OwnListExamples.AllowJsonLines);
        var path = _scratch.File("cut.jsonl");
        File.WriteAllText(path, text[..text.IndexOf("FN 161536", StringComparison.Ordinal)]);

        OwnListExamples.AssertRefused(() => OwnJsonLinesReader.Read(path), path, "line 3", "malformed JSON at byte");
    }

    [Fact]
    public void File_of_the_header_only_is_refused_as_holding_no_entries()
    {
        var path = _scratch.File("header-only.jsonl");
        File.WriteAllLines(path, File.ReadAllLines(OwnListExamples.AllowJsonLines)[..1]);

        OwnListExamples.AssertRefused(() => OwnJsonLinesReader.Read(path), path, null, "the list has no entries after its header");
    }
}
