using Interdict.Sources.Eu;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Eu;

/// <summary>Damaged copies of the XML sample, and of the CSV written from it, are refused whole, naming the file
/// and the line or row.</summary>
public sealed class EuRejectionTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Truncated_xml_is_refused_at_the_line_where_it_stops()
    {
        var bytes = File.ReadAllBytes(EuXmlReaderTests.Sample);
        var path = _scratch.File("truncated.xml");
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        var lines = File.ReadAllLines(path).Length;

        var error = Assert.Throws<ListDataException>(() => EuFsfReader.ReadXml(path));

        Assert.Equal(path, error.FilePath);
        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.InRange(int.Parse(error.Location!.Split(' ', ',')[1], System.Globalization.CultureInfo.InvariantCulture), lines - 1, lines);
        Assert.StartsWith($"{path}: line ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("euReferenceNumber=\"EU.27.28\" logicalId=\"13\"", "euReferenceNumber=\"EU.27.28\"",
        "line 3, sanctionEntity #1 (logicalId none): sanctionEntity has no logicalId")]
    [InlineData("euReferenceNumber=\"EU.3579.2\" logicalId=\"191\"", "euReferenceNumber=\"EU.3579.2\" logicalId=\"13\"",
        "line 25, sanctionEntity #2 (logicalId 13): logicalId 13 is already used at line 3, sanctionEntity #1 (logicalId 13)")]
    [InlineData("wholeName=\"Global Relief Foundation (GRF)\"", "wholeName=\"\"",
        "line 61, sanctionEntity #3 (logicalId 980): entity 980 has no name")]
    [InlineData("<subjectType code=\"enterprise\" classificationCode=\"E\"/>", "<subjectType code=\"vessel\" classificationCode=\"V\"/>",
        "line 61, sanctionEntity #3 (logicalId 980): unknown subjectType code 'vessel', classificationCode 'V'")]
    [InlineData("<subjectType code=\"person\" classificationCode=\"P\"/>", "",
        "line 3, sanctionEntity #1 (logicalId 13): 0 subjectType elements where the entity needs one")]
    [InlineData("birthdate=\"1937-04-28\"", "birthdate=\"1937-04-31\"",
        "line 21, birthdate (logicalId 14): birthdate birthdate '1937-04-31' is not a yyyy-MM-dd date")]
    [InlineData("circa=\"false\" calendarType=\"GREGORIAN\" city=\"al-Awja", "circa=\"perhaps\" calendarType=\"GREGORIAN\" city=\"al-Awja",
        "line 21, birthdate (logicalId 14): birthdate circa 'perhaps' is not true or false")]
    [InlineData("publicationDate=\"2003-07-08\" entryIntoForceDate", "publicationDate=\"8.7.2003\" entryIntoForceDate",
        "line 3, sanctionEntity #1 (logicalId 13): regulation publicationDate '8.7.2003' is not a yyyy-MM-dd date")]
    [InlineData("generationDate=\"2026-08-05T16:47:04.449+02:00\"", "generationDate=\"5 August 2026\"",
        "line 2: export generationDate '5 August 2026' is not a yyyy-MM-dd date")]
    [InlineData("xmlns=\"http://eu.europa.ec/fpi/fsd/export\"", "xmlns=\"http://example.org/export\"",
        "line 2: root element is <export> in namespace 'http://example.org/export', not the EU's <export>")]
    public void Bad_xml_element_is_refused_naming_its_line(string original, string replacement, string problem)
    {
        var text = File.ReadAllText(EuXmlReaderTests.Sample);
        Assert.Contains(original, text, StringComparison.Ordinal);
        var path = _scratch.File("edited.xml");
        File.WriteAllText(path, ReplaceFirst(text, original, replacement));

        var error = Assert.Throws<ListDataException>(() => EuFsfReader.ReadXml(path));

        Assert.Equal($"{path}: {problem}", error.Message);
    }

    // Rows 2 to 6 are Saddam Hussein's (entity 13): names on rows 2 to 4, then his citizenship and birth date.
    [Theory]
    [InlineData(3, "Entity_LogicalId", "", "row 3: no Entity_LogicalId")]
    [InlineData(3, "Entity_EU_ReferenceNumber", "EU.27.29",
        "row 3: Entity_EU_ReferenceNumber 'EU.27.29' disagrees with 'EU.27.28' on row 2 (Entity_LogicalId 13)")]
    [InlineData(3, "fileGenerationDate", "2026-08-06", "row 3: fileGenerationDate '2026-08-06' disagrees with '2026-08-05' on row 2")]
    [InlineData(6, "BirthDate_Circa", "perhaps", "row 6: birthdate circa 'perhaps' is not true or false")]
    [InlineData(6, "BirthDate_BirthDate", "28/04/1937", "row 6: birthdate birthdate '28/04/1937' is not a yyyy-MM-dd date")]
    [InlineData(2, "Entity_SubjectType_ClassificationCode", "V",
        "row 2 (Entity_LogicalId 13): 2 subjectType elements where the entity needs one")]
    [InlineData(1, "NameAlias_WholeName", "NameAlias_Name", "row 1: not the EU FSF CSV 1.1 header: no 'NameAlias_WholeName' column")]
    public void Bad_csv_row_is_refused_naming_it(int row, string column, string value, string problem)
    {
        var rows = EuCsvSample.Rows(EuXmlReaderTests.Sample);
        rows[row - 1][Array.IndexOf(EuCsvSample.Header, column)] = value;
        var path = WriteCsv(rows);

        var error = Assert.Throws<ListDataException>(() => EuFsfReader.ReadCsv(path));

        Assert.Equal($"{path}: {problem}", error.Message);
    }

    [Fact]
    public void Csv_row_with_a_field_missing_is_refused()
    {
        var rows = EuCsvSample.Rows(EuXmlReaderTests.Sample);
        rows[3] = rows[3][..^1];
        var path = WriteCsv(rows);

        var error = Assert.Throws<ListDataException>(() => EuFsfReader.ReadCsv(path));

        Assert.Equal("row 4", error.Location);
        Assert.Equal($"{path}: row 4: {EuCsvSample.Header.Length - 1} fields where the header has {EuCsvSample.Header.Length}", error.Message);
    }

    [Fact]
    public void Csv_with_broken_quoting_is_refused_at_its_row()
    {
        var rows = EuCsvSample.Rows(EuXmlReaderTests.Sample);
        rows[4][Array.IndexOf(EuCsvSample.Header, "NameAlias_WholeName")] = "BROKEN";
        var path = WriteCsv(rows);
        File.WriteAllText(path, File.ReadAllText(path).Replace("BROKEN", "\"BRO\"KEN", StringComparison.Ordinal));

        var error = Assert.Throws<ListDataException>(() => EuFsfReader.ReadCsv(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("row 5", error.Location);
    }

    private string WriteCsv(IEnumerable<string[]> rows)
    {
        var path = _scratch.File("edited.csv");
        EuCsvSample.Write(path, rows);
        return path;
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + original.Length));
    }
}
