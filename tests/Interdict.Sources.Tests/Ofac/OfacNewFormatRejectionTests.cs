using System.IO.Compression;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Ofac.Advanced;
using Interdict.Sources.Ofac.Enhanced;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>Broken copies of OFAC's advanced and enhanced XML, written to a temporary directory: each must be refused
/// as a whole, with a message that names the file and the line.</summary>
public sealed class OfacNewFormatRejectionTests : IDisposable
{
    private readonly ScratchDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Enhanced_xml_cut_in_the_middle_is_refused_with_line_and_position()
    {
        var text = File.ReadAllText(OfacNewFormatLists.EnhancedPath);
        var path = Write("CONS_ENHANCED.xml", text[..(text.Length / 2)]);

        var ex = Refused(() => OfacEnhancedReader.Read("ofac-cons", path), path);
        Assert.Matches(@"^line \d+, position \d+$", ex.Location);
        Assert.StartsWith("not well-formed XML", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Advanced_xml_cut_in_the_middle_is_refused_with_line_and_position()
    {
        var text = File.ReadAllText(OfacNewFormatLists.AdvancedPath);
        var path = Write("cons_advanced.xml", text[..(text.Length * 2 / 3)]);

        var ex = Refused(() => OfacAdvancedReader.Read("ofac-cons", path), path);
        Assert.Matches(@"^line \d+, position \d+$", ex.Location);
    }

    [Fact]
    public void Truncated_zip_is_refused()
    {
        var bytes = File.ReadAllBytes(OfacNewFormatLists.EnhancedZipPath);
        var path = _temp.File("CONS_ENHANCED.zip");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var ex = Refused(() => OfacEnhancedReader.Read("ofac-cons", path), path);
        Assert.Contains("damaged or truncated", ex.Problem, StringComparison.Ordinal);
        Assert.Throws<ListDataException>(() => ListLoader.Load([path]));
    }

    [Fact]
    public void Zip_whose_xml_is_cut_is_refused_with_line_and_position()
    {
        var text = File.ReadAllText(OfacNewFormatLists.EnhancedPath);
        var path = _temp.File("CONS_ENHANCED_cut.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("CONS_ENHANCED.XML").Open()))
            writer.Write(text[..(text.Length / 3)]);

        var ex = Refused(() => OfacEnhancedReader.Read("ofac-cons", path), path);
        Assert.Matches(@"^line \d+, position \d+$", ex.Location);
    }

    [Fact]
    public void Enhanced_entity_without_id_is_refused_at_its_line()
    {
        var text = File.ReadAllText(OfacNewFormatLists.EnhancedPath);
        var (changed, line) = ReplaceFirst(text, "<entity id=\"9640\">", "<entity>");
        var path = Write("CONS_ENHANCED.xml", changed);

        var ex = Refused(() => OfacEnhancedReader.Read("ofac-cons", path), path);
        Assert.Equal($"line {line}, entity", ex.Location);
        Assert.Equal("the entity has no id", ex.Problem);
    }

    [Fact]
    public void Enhanced_reference_to_an_undefined_reference_value_is_refused_at_its_entity()
    {
        var text = File.ReadAllText(OfacNewFormatLists.EnhancedPath);
        var entityLine = LineOf(text, text.IndexOf("<entity id=\"17013\">", StringComparison.Ordinal));
        var cyrillic = text.IndexOf("<script refId=\"20107\">Cyrillic</script>", text.IndexOf("<entity id=\"17013\">", StringComparison.Ordinal), StringComparison.Ordinal);
        var path = Write("CONS_ENHANCED.xml", string.Concat(text.AsSpan(0, cyrillic), "<script refId=\"20999\">", text.AsSpan(cyrillic + "<script refId=\"20107\">".Length)));

        var ex = Refused(() => OfacEnhancedReader.Read("ofac-cons", path), path);
        Assert.Equal($"line {entityLine}, entity id 17013", ex.Location);
        Assert.Equal("<script> refers to 20999, which is not defined in referenceValues", ex.Problem);
    }

    [Fact]
    public void Advanced_party_without_fixed_ref_is_refused_at_its_line()
    {
        var text = File.ReadAllText(OfacNewFormatLists.AdvancedPath);
        var (changed, line) = ReplaceFirst(text, "<DistinctParty FixedRef=\"9640\">", "<DistinctParty>");
        var path = Write("cons_advanced.xml", changed);

        var ex = Refused(() => OfacAdvancedReader.Read("ofac-cons", path), path);
        Assert.Equal($"line {line}, DistinctParty", ex.Location);
        Assert.Equal("the party has no FixedRef", ex.Problem);
    }

    [Fact]
    public void Advanced_reference_to_an_undefined_reference_value_is_refused_at_its_party()
    {
        var text = File.ReadAllText(OfacNewFormatLists.AdvancedPath);
        var partyLine = LineOf(text, text.IndexOf("<DistinctParty FixedRef=\"9639\">", StringComparison.Ordinal));
        var (changed, _) = ReplaceFirst(text, "<Feature ID=\"4696\" FeatureTypeID=\"8\">", "<Feature ID=\"4696\" FeatureTypeID=\"999\">");
        var path = Write("cons_advanced.xml", changed);

        var ex = Refused(() => OfacAdvancedReader.Read("ofac-cons", path), path);
        Assert.Equal($"line {partyLine}, DistinctParty FixedRef 9639", ex.Location);
        Assert.Equal("FeatureType 999 is not defined in ReferenceValueSets", ex.Problem);
    }

    [Fact]
    public void Advanced_sanctions_entry_for_an_unknown_party_is_refused()
    {
        var text = File.ReadAllText(OfacNewFormatLists.AdvancedPath);
        var (changed, line) = ReplaceFirst(text, "<SanctionsEntry ID=\"70009639\" ProfileID=\"9639\"", "<SanctionsEntry ID=\"70009639\" ProfileID=\"1\"");
        var path = Write("cons_advanced.xml", changed);

        var ex = Refused(() => OfacAdvancedReader.Read("ofac-cons", path), path);
        Assert.Equal($"line {line}, SanctionsEntry 70009639", ex.Location);
        Assert.Equal("profile 1 is not among the DistinctParties", ex.Problem);
    }

    [Fact]
    public void Formats_claim_only_their_own_files()
    {
        var classic = FileHead.Read(SharedData.Lists("ofac-cons", "xml", "CONSOLIDATED_2025-12-18.xml"));
        var advanced = FileHead.Read(OfacNewFormatLists.AdvancedPath);
        var enhanced = FileHead.Read(OfacNewFormatLists.EnhancedZipPath);

        Assert.Equal(
            [(false, false), (true, false), (false, true)],
            new[] { classic, advanced, enhanced }.Select(h => (new OfacAdvancedFormat().Recognizes(h), new OfacEnhancedFormat().Recognizes(h))));
    }

    private static ListDataException Refused(Func<LoadedList> read, string path)
    {
        var ex = Assert.Throws<ListDataException>(() => read());
        Assert.Equal(path, ex.FilePath);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        if (ex.Location is not null) Assert.Contains(ex.Location, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private string Write(string name, string content)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The text with the first occurrence replaced, and the line it is on.</summary>
    private static (string Text, int Line) ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the file");
        return (string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)), LineOf(text, at));
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
