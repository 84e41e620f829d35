using System.Text;
using Interdict.Sources.Ofac;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>Broken copies of the real files, written to a temporary directory: each must be refused as a whole,
/// with a message that names the file and where in it the problem is.</summary>
public sealed class OfacRejectionTests : IDisposable
{
    private static readonly string SdnDir = SharedData.Lists("ofac-sdn", "2023-12-28");
    private static readonly string ConsXml = SharedData.Lists("ofac-cons", "xml", "CONSOLIDATED_2025-12-18.xml");

    private readonly ScratchDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Csv_cut_inside_a_quoted_field_is_refused_at_that_line()
    {
        var lines = SdnLines();
        var line = lines[4999];
        var cut = line[..(line.LastIndexOf(",\"", StringComparison.Ordinal) + 12)];
        var path = Write("sdn.csv", string.Join("\r\n", lines.Take(4999).Append(cut)));

        var ex = ReadMain(path);
        Assert.Equal("line 5000", ex.Location);
        Assert.Contains("not closed", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cut_between_fields_is_refused_at_that_line()
    {
        var lines = SdnLines();
        var path = Write("sdn.csv", string.Join("\r\n", lines.Take(7000).Append(lines[7000][..40])));

        var ex = ReadMain(path);
        Assert.Equal("line 7001", ex.Location);
        Assert.Contains("where 12 are expected", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_row_with_an_extra_field_is_refused()
    {
        var lines = SdnLines();
        lines[1203] += ",\"extra\"";
        var ex = ReadMain(Write("sdn.csv", string.Join("\r\n", lines)));

        Assert.Equal("line 1204", ex.Location);
        Assert.Equal("13 fields where 12 are expected", ex.Problem);
    }

    [Fact]
    public void Csv_non_numeric_ent_num_is_refused()
    {
        var lines = SdnLines();
        lines[87] = "X" + lines[87];
        var ex = ReadMain(Write("sdn.csv", string.Join("\r\n", lines)));

        Assert.Equal("line 88", ex.Location);
        Assert.Contains("is not a number", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_duplicate_ent_num_is_refused()
    {
        var lines = SdnLines();
        lines[99] = lines[98].Split(',')[0] + lines[99][lines[99].IndexOf(',', StringComparison.Ordinal)..];
        var ex = ReadMain(Write("sdn.csv", string.Join("\r\n", lines)));

        Assert.Equal("line 100", ex.Location);
        Assert.Contains("appears twice", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_stray_quote_in_an_unquoted_field_is_refused()
    {
        var lines = SdnLines();
        lines[9] = lines[9].Replace("-0- ", "-0\"- ", StringComparison.Ordinal);
        var ex = ReadMain(Write("sdn.csv", string.Join("\r\n", lines)));

        Assert.Equal("line 10", ex.Location);
        Assert.Equal("a quote inside an unquoted field", ex.Problem);
    }

    [Fact]
    public void Csv_unknown_sdn_type_is_refused()
    {
        var lines = SdnLines();
        lines[0] = lines[0].Replace(",-0- ,\"CUBA\"", ",\"submarine\",\"CUBA\"", StringComparison.Ordinal);
        var ex = ReadMain(Write("sdn.csv", string.Join("\r\n", lines)));

        Assert.Equal("line 1", ex.Location);
        Assert.Contains("submarine", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_set_whose_files_do_not_belong_together_is_refused()
    {
        // The 2021 SDN file with the 2023 aliases: the first alias of an entry designated since is refused.
        var main = SharedData.Lists("ofac-sdn", "2021-07", "sdn.csv");
        var aliases = Path.Combine(SdnDir, "alt.csv");
        var known = File.ReadLines(main).Select(l => l.Split(',')[0]).ToHashSet();
        var firstStranger = File.ReadLines(aliases).TakeWhile(l => known.Contains(l.Split(',')[0])).Count() + 1;

        var ex = Assert.Throws<ListDataException>(() => OfacCsvReader.Read("ofac-sdn", main, null, aliases, null));
        Assert.Equal(aliases, ex.FilePath);
        Assert.Equal($"line {firstStranger}", ex.Location);
        Assert.Contains("not in the main file", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_set_without_its_main_file_is_refused()
    {
        var dir = SharedData.Lists("bad-input", "ofac-sdn-set-without-sdn-csv");
        var main = Path.Combine(dir, "sdn.csv");

        var ex = Assert.Throws<ListDataException>(() =>
            OfacCsvReader.Read("ofac-sdn", main, Path.Combine(dir, "add.csv"), Path.Combine(dir, "alt.csv"), null));
        Assert.Equal(main, ex.FilePath);
        Assert.Contains(main, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_in_latin1_is_read_as_latin1()
    {
        var lines = SdnLines();
        lines[0] = lines[0].Replace("AEROCARIBBEAN AIRLINES", "AÉROCARIBBEAN AIRLINES", StringComparison.Ordinal);
        var path = _temp.File("sdn.csv");
        File.WriteAllText(path, string.Join("\r\n", lines), Encoding.Latin1);

        var list = OfacCsvReader.Read("ofac-sdn", path, null, null, null);
        Assert.Equal("AÉROCARIBBEAN AIRLINES", list.Entities[0].Caption);
    }

    [Fact]
    public void Xml_cut_in_the_middle_is_refused_with_line_and_position()
    {
        var text = File.ReadAllText(ConsXml);
        var path = Write("cons.xml", text[..(text.Length / 2)]);

        var ex = Assert.Throws<ListDataException>(() => OfacXmlReader.Read("ofac-cons", path));
        Assert.Equal(path, ex.FilePath);
        Assert.Matches(@"^line \d+, position \d+$", ex.Location);
    }

    [Fact]
    public void Xml_with_fewer_entries_than_its_record_count_is_refused()
    {
        var text = File.ReadAllText(ConsXml);
        var start = text.IndexOf("<sdnEntry>", StringComparison.Ordinal);
        var end = text.IndexOf("</sdnEntry>", start, StringComparison.Ordinal) + "</sdnEntry>".Length;
        var path = Write("cons.xml", text.Remove(start, end - start));

        var ex = Assert.Throws<ListDataException>(() => OfacXmlReader.Read("ofac-cons", path));
        Assert.Contains("Record_Count says 442 entries but the file holds 441", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_entry_without_uid_is_refused()
    {
        var text = File.ReadAllText(ConsXml);
        var path = Write("cons.xml", ReplaceFirst(text, "<uid>9639</uid>", ""));

        var ex = Assert.Throws<ListDataException>(() => OfacXmlReader.Read("ofac-cons", path));
        Assert.Equal("line 7, sdnEntry", ex.Location);
        Assert.Contains("no uid", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_entry_without_name_is_refused()
    {
        var text = File.ReadAllText(ConsXml);
        text = ReplaceFirst(text, "<firstName>Ismail Abdul Salah</firstName>", "");
        var path = Write("cons.xml", ReplaceFirst(text, "<lastName>HANIYA</lastName>", ""));

        var ex = Assert.Throws<ListDataException>(() => OfacXmlReader.Read("ofac-cons", path));
        Assert.Equal("line 7, sdnEntry uid 9639", ex.Location);
        Assert.Contains("no name", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_an_sdn_list_is_refused()
    {
        var path = Write("other.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");

        var ex = Assert.Throws<ListDataException>(() => OfacXmlReader.Read("ofac-cons", path));
        Assert.Contains("not <sdnList>", ex.Problem, StringComparison.Ordinal);
    }

    private static string[] SdnLines() => File.ReadAllText(Path.Combine(SdnDir, "sdn.csv")).Split("\r\n");

    private static ListDataException ReadMain(string path)
    {
        var ex = Assert.Throws<ListDataException>(() => OfacCsvReader.Read("ofac-sdn", path, null, null, null));
        Assert.Equal(path, ex.FilePath);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Location!, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private string Write(string name, string content)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
