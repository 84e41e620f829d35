using Interdict.Sources.Loading;
using Interdict.Sources.UsCsl;
using Interdict.Testing;
using static Interdict.Sources.Tests.UsCsl.UsCslTestLists;

namespace Interdict.Sources.Tests.UsCsl;

/// <summary>Damaged copies of the fully quoted 2025 excerpt (one record per line: row n is line n) and of the 2022
/// gzip file are refused whole, naming the file and the row.</summary>
public sealed class UsCslRejectionTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Truncated_gzip_is_refused()
    {
        var bytes = File.ReadAllBytes(Path("csl_2022-05.csv.gz"));
        var path = _scratch.File("csl_cut.csv.gz");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ListDataException>(() => ListLoader.Load([path]));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith("the compressed content is damaged or truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_with_a_missing_field_is_refused()
    {
        var path = Excerpt(lines => lines[4] = lines[4][..lines[4].LastIndexOf(",\"", StringComparison.Ordinal)]);

        var error = Assert.Throws<ListDataException>(() => ListLoader.Load([path]));

        Assert.Equal($"{path}: row 5: 28 fields where the header has 29", error.Message);
    }

    [Theory]
    [InlineData(5, "name", "", "the entry has no name")]
    [InlineData(3, "source", "Export Blacklist (XBL) - Nowhere", "unknown source 'Export Blacklist (XBL) - Nowhere': add it to csl-sources.tsv")]
    [InlineData(5, "type", "Ship", "unknown type 'Ship'")]
    [InlineData(2, "start_date", "19/07/2023", "start_date '19/07/2023' is not a yyyy-mm-dd date")]
    public void Row_with_a_bad_field_is_refused(int row, string column, string value, string problem)
    {
        var path = Excerpt(lines => lines[row - 1] = WithField(lines[0], lines[row - 1], column, value));

        var error = Assert.Throws<ListDataException>(() => UsCslReader.Read(path));

        Assert.Equal($"{path}: row {row}: {problem}", error.Message);
    }

    [Fact]
    public void Entry_published_twice_with_different_content_is_refused()
    {
        var path = Excerpt(lines =>
        {
            var copy = WithField(lines[0], lines[4], "alt_names", "ANOTHER NAME");
            lines.Add(copy);
        });

        var error = Assert.Throws<ListDataException>(() => UsCslReader.Read(path));

        Assert.Equal($"{path}: row 15: us-csl:PLC:9673 is also on row 5, with other content", error.Message);
    }

    [Fact]
    public void Entry_published_twice_differing_in_a_source_url_is_one_entry()
    {
        var path = Excerpt(lines => lines.Add(WithField(lines[0], lines[4], "source_list_url", "")));

        Assert.Equal(13, UsCslReader.Read(path).Entities.Count);
    }

    private string Excerpt(Action<List<string>> change)
    {
        var lines = File.ReadAllLines(Path("csl_excerpt_2025-06.csv")).ToList();
        change(lines);
        var path = _scratch.File("csl_excerpt.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>The line with one quoted field replaced; the excerpt quotes every field and has no quotes inside.</summary>
    private static string WithField(string header, string line, string column, string value)
    {
        var index = header.Split(',').ToList().IndexOf(column);
        var fields = line[1..^1].Split("\",\"");
        fields[index] = value;
        return $"\"{string.Join("\",\"", fields)}\"";
    }
}
