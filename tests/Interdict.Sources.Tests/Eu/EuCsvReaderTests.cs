using Interdict.Sources.Eu;
using Interdict.Sources.Loading;
using Interdict.Sources.Tests.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Eu;

/// <summary>
/// No real EU FSF CSV file was available (the shared lists hold the XML only), so these tests read a CSV written
/// from the XML sample by <see cref="EuCsvSample"/> and check it gives the same entities as the XML.
/// </summary>
public sealed class EuCsvReaderTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Csv_of_the_sample_gives_the_same_entities_as_the_xml()
    {
        var rows = EuCsvSample.Rows(EuXmlReaderTests.Sample);
        // The header and one row per detail: 5 for entity 13, 10 for 191, 3 for 980, 23 for 330.
        Assert.Equal(1 + 41, rows.Count);
        var path = Write(rows);

        var fromXml = EuFsfReader.ReadXml(EuXmlReaderTests.Sample);
        var fromCsv = EuFsfReader.ReadCsv(path);

        Assert.Equal("EU FSF CSV 1.1", fromCsv.Version.Format);
        Assert.Equal(new DateOnly(2026, 8, 5), fromCsv.Version.Published);
        Assert.Equal(4, fromCsv.Entities.Count);
        // Names with kinds and languages, birth dates and places, identifiers, addresses, programmes, listing dates.
        Assert.Equal(fromXml.Entities.Select(EntityText.Describe), fromCsv.Entities.Select(EntityText.Describe));
    }

    [Fact]
    public void Rows_of_one_entity_need_not_be_together_and_a_repeated_row_counts_once()
    {
        var rows = EuCsvSample.Rows(EuXmlReaderTests.Sample);
        // Row 2, Saddam Hussein's own name, moves after every other entity's rows; row 6 comes twice.
        var moved = rows.Take(1).Concat(rows.Skip(2)).Append(rows[1]).Append(rows[5]).ToList();
        var path = Write(moved);

        var fromXml = EuFsfReader.ReadXml(EuXmlReaderTests.Sample);
        var fromCsv = EuFsfReader.ReadCsv(path);

        Assert.Equal(fromXml.Entities.Select(EntityText.Describe), fromCsv.Entities.Select(EntityText.Describe));
    }

    [Fact]
    public void Loader_recognises_the_csv_by_its_header()
    {
        var path = Write(EuCsvSample.Rows(EuXmlReaderTests.Sample));

        var list = Assert.Single(ListLoader.Load([path]).Lists);

        Assert.Equal("EU FSF CSV 1.1", list.Version.Format);
        Assert.Equal(4, list.Entities.Count);
        Assert.IsType<EuCsvFormat>(ListFormats.Recognize(FileHead.Read(path)));
    }

    private string Write(IEnumerable<string[]> rows)
    {
        var path = _scratch.File("eu-fsf.csv");
        EuCsvSample.Write(path, rows);
        return path;
    }
}
