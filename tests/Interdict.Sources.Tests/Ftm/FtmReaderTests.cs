using Interdict.Core.Model;
using Interdict.Sources.Ftm;
using Interdict.Sources.Loading;
using Interdict.Testing;
using static Interdict.Sources.Tests.Ftm.FtmTestFiles;

namespace Interdict.Sources.Tests.Ftm;

public class FtmReaderTests
{
    private static readonly Lazy<LoadedList> EuFsfList = new(() => FtmReader.Read(EuFsf));
    private static readonly Lazy<LoadedList> MixedList = new(() => FtmReader.Read(Mixed));

    private static Entity Get(Lazy<LoadedList> list, string id) => list.Value.Entities.Single(e => e.Id == id);

    // Counted with jq / Python from the files: lines by schema, with "target": false ones apart. eu_fsf: 4 Person,
    // 2 Organization, 1 Address. mixed: 6 Person, 11 Company of which 3 are false targets (companies of the Russian
    // business register that listed parties own), 41 Sanction, 14 Ownership, 11 Address, 4 Family, 3 Directorship,
    // 1 Passport. Names: distinct texts of name, alias, weakAlias, abbreviation and previousName per party.
    [Fact]
    public void Eu_fsf_sample_has_its_six_parties_and_not_the_address()
    {
        var list = EuFsfList.Value;

        Assert.Equal(4, list.CountBySchema()[Schema.Person]);
        Assert.Equal(2, list.CountBySchema()[Schema.Organization]);
        Assert.Equal(6, list.Entities.Count);
        Assert.Equal(35, list.Entities.Sum(e => e.Names.Count));
        Assert.Equal("eu_fsf", list.Version.SourceId);
        Assert.Equal(FtmReader.Format, list.Version.Format);
        // Every line was last seen by the export run of 2024-06-01T10:57:03.
        Assert.Equal(new DateOnly(2024, 6, 1), list.Version.Published);
        Assert.Equal("main", Assert.Single(list.Version.Files).Role);
    }

    [Fact]
    public void Mixed_sample_screens_targets_only_and_is_a_collection()
    {
        var list = MixedList.Value;

        Assert.Equal(6, list.CountBySchema()[Schema.Person]);
        Assert.Equal(8, list.CountBySchema()[Schema.Company]);
        Assert.Equal(14, list.Entities.Count);
        Assert.Equal(242, list.Entities.Sum(e => e.Names.Count));
        Assert.DoesNotContain(list.Entities, e => e.Id == "ru-inn-5920040846");
        // Its lines belong to 27 datasets and none is common to all.
        Assert.Equal(FtmReader.CollectionSourceId, list.Version.SourceId);
        Assert.Equal(new DateOnly(2026, 4, 29), list.Version.Published);
    }

    [Fact]
    public void Ids_are_the_ftm_ids_verbatim()
    {
        Assert.All(EuFsfList.Value.Entities, e => Assert.StartsWith("NK-", e.Id, StringComparison.Ordinal));
        Assert.Equal("Vitaly Yurievich KUZMENKO", Get(EuFsfList, "NK-2Ka3UvopqbpZmVDFjWd4LA").Caption);
    }

    [Fact]
    public void Kuzmenko_has_his_cyrillic_name_birth_date_tax_number_and_position()
    {
        var kuzmenko = Get(EuFsfList, "NK-2Ka3UvopqbpZmVDFjWd4LA");

        Assert.Equal(Schema.Person, kuzmenko.Schema);
        Assert.Equal(["Vitaly Yurievich KUZMENKO", "Vitalij Kuzmenko", "Виталий Юрьевич КУЗЬМЕНКО"], kuzmenko.Names.Select(n => n.Value));
        var cyrillic = kuzmenko.Names[2];
        Assert.Equal("Cyrillic", cyrillic.Script);
        Assert.Equal(NameKind.Primary, cyrillic.Kind);
        Assert.Equal(new FuzzyDate(new PartialDate(1971, 1, 22)), Assert.Single(kuzmenko.BirthDates));
        Assert.Equal(new Identifier(IdentifierType.TaxId, "366510784303", Label: "Tax number"), Assert.Single(kuzmenko.Identifiers));
        Assert.Equal("Russia", Assert.Single(kuzmenko.Nationalities));
        Assert.Equal(Gender.Male, kuzmenko.Gender);
        Assert.Equal("General Director of JSC 163 Armor Repair Plant", Assert.Single(kuzmenko.Positions));
        Assert.Contains("Datasets: eu_fsf", kuzmenko.Remarks);
    }

    [Fact]
    public void Organization_keeps_its_greek_name_registration_number_and_country()
    {
        var tobacco = Get(EuFsfList, "NK-2GdmHtZTeNXjNVrBGEXZNj");

        // The caption is the name shown first, though the line lists "LLC “Inter Tobacco”" first.
        Assert.Equal("RAB „Inter Tobacco“", tobacco.Caption);
        Assert.Equal(12, tobacco.Names.Count);
        Assert.Equal("Greek", tobacco.Names.Single(n => n.Value.StartsWith("Εταιρία", StringComparison.Ordinal)).Script);
        Assert.Equal(new Identifier(IdentifierType.RegistrationNumber, "808000714", Label: "Registration number"), Assert.Single(tobacco.Identifiers));
        // Its addressEntity is not in the excerpt: the country is what remains of where it is.
        Assert.Equal(new Address(Country: "Belarus"), Assert.Single(tobacco.Addresses));
        Assert.Contains("Belarus (Minsk Free Economic Zone)", tobacco.Remarks);
    }

    [Fact]
    public void Aliases_weak_aliases_and_former_names_keep_their_kind()
    {
        var osetrova = Get(MixedList, "NK-2Tbri3s6GgNtAwsSXh4qpL");

        Assert.Equal("Maria Aleksandrovna Osetrova", osetrova.Caption);
        Assert.Equal(NameKind.Alias, osetrova.Names.Single(n => n.Value == "Zakharova Mariia Oleksandrivna").Kind);
        var former = osetrova.Names.Single(n => n.Value == "Мария Александровна Захарова");
        Assert.Equal((NameKind.Former, "Cyrillic"), (former.Kind, former.Script));
        // The INN is also given as taxNumber and idNumber: one identifier, as INN.
        Assert.Equal(new Identifier(IdentifierType.TaxId, "183116181362", Label: "INN"), osetrova.Identifiers[0]);
        Assert.Single(osetrova.Identifiers, i => i.Value == "183116181362");
        Assert.Equal(["UA-SA1644", "US-RUSHAR", "GB-RUS"], osetrova.Programs);
        Assert.Equal(["Russia", "Izhevsk"], osetrova.PlacesOfBirth);
        Assert.Equal("Russia", Assert.Single(osetrova.Citizenships));

        var cst = Get(MixedList, "NK-abdzbEBkqyT29GyREbiURZ");
        var weak = cst.Names.Single(n => n.Value == "OOO TSST");
        Assert.Equal((NameKind.Alias, NameQuality.Low), (weak.Kind, weak.Quality));
    }

    [Fact]
    public void Sanction_entities_give_programmes_and_the_earliest_listing_date()
    {
        var zakharov = Get(MixedList, "NK-aU5ybkbRFJucf8YMwsJvDw");

        // 13 Sanction lines name him; "Reciprocal" is a sanction's programme wording that has no programId.
        Assert.Equal(["UA-SA1644", "US-RUSHAR", "NZ-RSA2022", "SECO-UKRAINE", "GB-RUS", "EU-UKR", "Reciprocal"], zakharov.Programs);
        Assert.Equal(new DateOnly(2023, 7, 1), zakharov.ListedOn);
        Assert.Equal(new FuzzyDate(new PartialDate(1965, 9, 21)), Assert.Single(zakharov.BirthDates));
    }

    [Fact]
    public void Address_entities_are_read_in_parts_and_their_full_text_not_repeated()
    {
        var zakharov = Get(MixedList, "NK-aU5ybkbRFJucf8YMwsJvDw");

        Assert.Equal(
            [
                new Address(Street: "272 Pushkinskaya Street, Apt 41", City: "Izhevsk", PostalCode: "426008", Country: "Russia"),
                new Address(Street: "IZHEVSK, 426008"),
            ],
            zakharov.Addresses);
        var cst = Get(MixedList, "NK-abdzbEBkqyT29GyREbiURZ");
        Assert.Contains(new Address(Street: "130 Vorovskogo st. Izhevsk, 426063, Russia"), cst.Addresses);
        Assert.Contains(new Address(Street: "UR, P.O. Box 9050", City: "UR, Izhevsk", Region: "Udmurt Republic", PostalCode: "426011", Country: "Russia"), cst.Addresses);
        Assert.DoesNotContain(cst.Addresses, a => a.Street == "P.O. Box 9050, UR, Izhevsk, Russian Federation, 426011");
    }

    [Fact]
    public void Relations_are_worded_from_each_side_and_point_at_screened_parties_only()
    {
        var zakharov = Get(MixedList, "NK-aU5ybkbRFJucf8YMwsJvDw");
        var cst = Get(MixedList, "NK-abdzbEBkqyT29GyREbiURZ");

        Assert.Equal(14, zakharov.Links.Count);
        Assert.Contains(new EntityLink("relative of (Family member of)", "Maria Aleksandrovna Osetrova", "NK-2Tbri3s6GgNtAwsSXh4qpL"), zakharov.Links);
        Assert.Contains(new EntityLink("director of (Leader or official of)", "LLC CST", "NK-abdzbEBkqyT29GyREbiURZ"), zakharov.Links);
        // A company that is context only is named, not pointed at.
        Assert.Contains(new EntityLink("owner of", "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЦСТ\"", null), zakharov.Links);
        Assert.Contains(new EntityLink("owned by (subsidiary of)", "JSC Kalashnikov Concern", "NK-nR5AXM9AVPq4pQaSPSaVam"), cst.Links);
        Assert.Contains(new EntityLink("has director (Leader or official of)", "Alexander Vyacheslavovich ZAKHAROV", "NK-aU5ybkbRFJucf8YMwsJvDw"), cst.Links);
    }

    [Fact]
    public void Loader_recognises_entity_files_by_content()
    {
        var report = ListLoader.Load([EuFsf]);

        var list = Assert.Single(report.Lists);
        Assert.Equal(6, list.Entities.Count);
        Assert.IsType<FtmFormat>(FormatSniffer.Detect(Mixed).Format);
    }

    [Fact]
    public void Entity_files_and_deltas_are_told_apart()
    {
        var format = new FtmFormat();
        var delta = FileHead.Read(Delta);
        var entities = FileHead.Read(EuFsf);

        Assert.True(FtmDelta.Recognizes(delta));
        Assert.False(format.Recognizes(delta));
        Assert.True(format.Recognizes(entities));
        Assert.False(FtmDelta.Recognizes(entities));
    }

    [Theory]
    [InlineData("un", "un_consolidated_2026-02-27.xml")]
    [InlineData("uk", "OFSI_ConList_2025-04-14.xlsx")]
    [InlineData("us-csl", "csl_2022-05.csv.gz")]
    [InlineData("ofac-sdn", "2023-12-28/sdn.csv")]
    public void Other_formats_are_not_taken_for_ftm(string folder, string file)
    {
        var head = FileHead.Read(SharedData.Lists(folder, file));

        Assert.False(new FtmFormat().Recognizes(head));
        Assert.False(FtmDelta.Recognizes(head));
    }
}
