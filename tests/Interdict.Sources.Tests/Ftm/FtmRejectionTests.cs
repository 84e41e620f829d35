using System.Text.Json.Nodes;
using Interdict.Sources.Ftm;
using Interdict.Testing;
using static Interdict.Sources.Tests.Ftm.FtmTestFiles;

namespace Interdict.Sources.Tests.Ftm;

public sealed class FtmRejectionTests : IDisposable
{
    private const string Kuzmenko = "NK-2Ka3UvopqbpZmVDFjWd4LA";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Truncated_file_is_refused_at_its_last_line()
    {
        var bytes = File.ReadAllBytes(Mixed);
        var path = _scratch.File("truncated.ftm.json");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var lines = File.ReadAllLines(path).Length;

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith($"line {lines}, byte ", error.Location, StringComparison.Ordinal);
        Assert.StartsWith("not well-formed JSON", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_line_is_refused_with_its_number()
    {
        var path = WriteWithLine(_scratch, EuFsf, 3, Lines(EuFsf)[2].Replace("\"schema\":\"Person\",", "\"schema\":\"Person\"", StringComparison.Ordinal));

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Matches(@"^line 3, byte \d+$", error.Location);
        Assert.StartsWith($"{path}: line 3, byte ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_at_their_line()
    {
        var latin1 = _scratch.File("latin1-name.ftm.json");
        var text = File.ReadAllBytes(EuFsf);
        // "Vitalij Kuzménko" with the Latin-1 byte of 'é' in place of the 'e'.
        var at = text.AsSpan().IndexOf("Vitalij Kuzmenko"u8) + "Vitalij Kuzm".Length;
        text[at] = 0xE9;
        File.WriteAllBytes(latin1, text);

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(latin1));

        Assert.Equal(latin1, error.FilePath);
        Assert.Equal($"line 2, byte {at - text.AsSpan().IndexOf((byte)'\n')}", error.Location);
        Assert.Equal("not UTF-8 text", error.Problem);
    }

    [Theory]
    [InlineData("id", "the entity has no \"id\"")]
    [InlineData("schema", "the entity has no \"schema\"")]
    public void Line_without_id_or_schema_is_refused(string field, string problem)
    {
        var entity = Entity(EuFsf, Kuzmenko);
        entity.Remove(field);
        var path = WriteWithLine(_scratch, EuFsf, 2, entity.ToJsonString());

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Equal((path, "line 2", problem), (error.FilePath, error.Location, error.Problem));
    }

    [Fact]
    public void Schema_ftm_does_not_have_is_refused_not_skipped()
    {
        var entity = Entity(EuFsf, Kuzmenko);
        entity["schema"] = "Persn";
        var path = WriteWithLine(_scratch, EuFsf, 2, entity.ToJsonString());

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Equal("line 2", error.Location);
        Assert.StartsWith("\"Persn\" is not a FollowTheMoney schema Interdict knows", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_schema_with_nothing_to_screen_is_skipped()
    {
        var note = new JsonObject { ["id"] = "note-1", ["schema"] = "Note", ["properties"] = new JsonObject { ["description"] = new JsonArray("x") } };
        var path = Write(_scratch, "with-note.ftm.json", [.. Lines(EuFsf), note.ToJsonString()]);

        Assert.Equal(6, FtmReader.Read(path).Entities.Count);
    }

    [Fact]
    public void Id_used_twice_is_refused_naming_both_lines()
    {
        var lines = Lines(EuFsf);
        var path = Write(_scratch, "twice.ftm.json", [.. lines, lines[1]]);

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Equal(("line 8", $"id {Kuzmenko} is already used at line 2"), (error.Location, error.Problem));
    }

    [Fact]
    public void Party_without_any_name_is_refused_at_its_line()
    {
        var entity = Entity(EuFsf, Kuzmenko);
        var properties = entity["properties"]!.AsObject();
        foreach (var name in new[] { "name", "firstName", "lastName" }) properties.Remove(name);
        var path = WriteWithLine(_scratch, EuFsf, 2, entity.ToJsonString());

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Equal(("line 2", $"Person {Kuzmenko} has no name"), (error.Location, error.Problem));
    }

    [Fact]
    public void Property_value_that_is_not_a_string_is_refused()
    {
        var entity = Entity(EuFsf, Kuzmenko);
        entity["properties"]!["birthDate"] = new JsonArray(1971);
        var path = WriteWithLine(_scratch, EuFsf, 2, entity.ToJsonString());

        var error = Assert.Throws<ListDataException>(() => FtmReader.Read(path));

        Assert.Equal(("line 2", "property \"birthDate\" holds a number, not only strings"), (error.Location, error.Problem));
    }

    [Fact]
    public void Person_named_only_in_parts_gets_one_name_per_script()
    {
        var entity = Entity(EuFsf, Kuzmenko);
        entity["properties"]!.AsObject().Remove("name");
        var path = WriteWithLine(_scratch, EuFsf, 2, entity.ToJsonString());

        var kuzmenko = FtmReader.Read(path).Entities.Single(e => e.Id == Kuzmenko);

        Assert.Equal(["Виталий КУЗЬМЕНКО", "Vitaly KUZMENKO"], kuzmenko.Names.Select(n => n.Value));
    }
}
