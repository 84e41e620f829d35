using Interdict.Core.Model;
using Interdict.Sources.Au;
using Interdict.Sources.Loading;
using Interdict.Sources.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Au;

public sealed class DfatReaderTests
{
    public static readonly string ListPath = SharedData.Lists("au", "dfat_consolidated_2024-11.xlsx");

    private static readonly Lazy<LoadedList> List = new(() => DfatReader.Read(ListPath));

    private static Entity Entity(string id) => List.Value.Entities.Single(e => e.Id == id);

    [Fact]
    public void Rows_of_one_reference_form_one_entity()
    {
        var counts = List.Value.CountBySchema();

        // 9,553 rows with a reference (then 7 empty rows) in 3,062 listings.
        Assert.Equal(3062, List.Value.Entities.Count);
        Assert.Equal(2316, counts[Schema.Person]);
        Assert.Equal(746, counts[Schema.Organization]);
        Assert.Equal(3062, List.Value.Entities.Select(e => e.Id).Distinct().Count());
        // More names than rows: a name cell with an acronym or an original-script name in parentheses gives two.
        Assert.Equal(9569, List.Value.Entities.Sum(e => e.Names.Count));
    }

    [Fact]
    public void Version_has_no_publication_date_because_the_workbook_states_none()
    {
        Assert.Equal("au", List.Value.Version.SourceId);
        Assert.Equal(DfatReader.Format, List.Value.Version.Format);
        Assert.Null(List.Value.Version.Published);
    }

    [Fact]
    public void Russian_person_has_the_cyrillic_original_script_name_and_several_birth_dates()
    {
        // Rows 1241, 1241a (Original script), 1241b and 1241c (aka); 1241c gives its date as an Excel date.
        var umarov = Entity("au:1241");

        Assert.Equal(Schema.Person, umarov.Schema);
        Assert.Equal(
            [new EntityName("DOKU KHAMATOVICH UMAROV", NameKind.Primary),
             new EntityName("Умаров Доку Хаматович", NameKind.Primary, NameQuality.Unspecified, "Cyrillic"),
             new EntityName("Lom-ali Butayev (Butaev)", NameKind.Alias),
             new EntityName("Dokka Umarov", NameKind.Alias)],
            umarov.Names);
        Assert.Equal(["1964-04-13", "1965-04-13", "1964-05-12", "1955"], umarov.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["Russian", "USSR (until 1991)"], umarov.Citizenships);
        Assert.Equal(["Kharsenoy Village, Shatoyskiy (Sovetskiy) District, Chechenskaya Respublika, Russian Federation"], umarov.PlacesOfBirth);
        Assert.Equal(["1267/1989/2253 (ISIL (Da'esh) and Al-Qaida)"], umarov.Programs);
    }

    [Fact]
    public void Excel_date_cell_becomes_the_birth_date_it_shows()
    {
        // Row 3907: serial 22282 in a date-formatted cell, 1 Jan. 1961 in the 1900 date system.
        var glazyev = Entity("au:2680");

        Assert.Equal("Sergey Yur’yevich GLAZYEV", glazyev.Names[0].Value);
        Assert.Equal("1961-01-01", Assert.Single(glazyev.BirthDates).ToString());
    }

    [Fact]
    public void Text_birth_dates_in_lettered_lists_and_approximate_ranges_are_read()
    {
        // "a) Approximately 1955- 1958 b) Approximately 1945-1950"
        var akhund = Entity("au:2");

        Assert.Equal(
            [new FuzzyDate(new PartialDate(1955), new PartialDate(1958), Approximate: true),
             new FuzzyDate(new PartialDate(1945), new PartialDate(1950), Approximate: true)],
            akhund.BirthDates);
        Assert.Contains(new EntityName("محمد حسن أخوند", NameKind.Primary, NameQuality.Unspecified, "Arabic"), akhund.Names);
    }

    [Fact]
    public void Birth_dates_read_and_kept_as_remarks_across_the_list()
    {
        var entities = List.Value.Entities;

        Assert.Equal(2527, entities.Sum(e => e.BirthDates.Count));
        Assert.Equal(42, entities.Sum(e => e.Remarks.Count(r => r.StartsWith("Date of birth: ", StringComparison.Ordinal))));
        Assert.Contains(entities, e => e.Remarks.Contains("Date of birth: 24/06/1402 (Hijri Calendar)"));
    }

    [Fact]
    public void Addresses_separate_country_and_note()
    {
        var addresses = List.Value.Entities.SelectMany(e => e.Addresses).ToList();

        Assert.Contains(new Address(Street: "Krzhizhanovskogo Street 13/2, Moscow", Country: "Russia"), addresses);
        Assert.Contains(new Address(Country: "Turkey", Note: "possible location"), addresses);
    }

    [Fact]
    public void Loader_recognises_the_workbook_by_its_header_and_the_ofsi_format_does_not_claim_it()
    {
        var head = FileHead.Read(ListPath);
        var ofsiHead = FileHead.Read(SharedData.Lists("uk", "OFSI_ConList_2025-04-14.xlsx"));

        Assert.IsType<DfatXlsxFormat>(ListFormats.Recognize(head));
        Assert.False(new OfsiXlsxFormat().Recognizes(head));
        Assert.False(new DfatXlsxFormat().Recognizes(ofsiHead));
        Assert.IsType<OfsiXlsxFormat>(ListFormats.Recognize(ofsiHead));
        var list = Assert.Single(ListLoader.Load([ListPath]).Lists);
        Assert.Equal("au", list.Version.SourceId);
        Assert.Equal(3062, list.Entities.Count);
    }
}
