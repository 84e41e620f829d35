using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Uk;

public class FcdoXmlReaderTests
{
    internal static readonly string Excerpt = SharedData.Lists("uk", "FCDO_UK_Sanctions_List_excerpt_2026-08-14.xml");

    internal static readonly Lazy<LoadedList> List = new(() => FcdoXmlReader.Read(Excerpt));

    private static Entity Get(string id) => List.Value.Entities.Single(e => e.Id == id);

    [Fact]
    public void Reads_the_four_designations_with_their_ofsi_group_ids_and_publication_date()
    {
        var list = List.Value;

        Assert.Equal(["uk:7270", "uk:11050", "uk:14211", "uk:DPR0075"], list.Entities.Select(e => e.Id));
        Assert.Equal(2, list.Entities.Count(e => e.Schema == Schema.Person));
        Assert.Equal(1, list.Entities.Count(e => e.Schema == Schema.Organization));
        Assert.Equal(1, list.Entities.Count(e => e.Schema == Schema.Vessel));
        // 3 + 4 + 3 + 4 names in Latin script, and one non-Latin name on each of the first three.
        Assert.Equal(17, list.Entities.Sum(e => e.Names.Count));
        Assert.Equal(new DateOnly(2026, 8, 14), list.Version.Published);
        Assert.Equal(("uk", "UK Sanctions List XML"), (list.Version.SourceId, list.Version.Format));
    }

    [Fact]
    public void Person_has_names_in_conlist_order_arabic_name_documents_and_birth_details()
    {
        var mansur = Get("uk:7270");

        Assert.Equal(Schema.Person, mansur.Schema);
        Assert.Equal("ABDUL LATIF MANSUR", mansur.Caption);
        Assert.Equal(NameKind.Primary, mansur.Names[0].Kind);
        var alias = Assert.Single(mansur.Names, n => n.Value == "Abdul Latif MANSOOR");
        Assert.Equal((NameKind.Alias, NameQuality.Good), (alias.Kind, alias.Quality));
        var arabic = Assert.Single(mansur.Names, n => n.Value == "عبد اللطيف منصور");
        Assert.Equal(("Arabic", NameKind.Primary), (arabic.Script, arabic.Kind));
        Assert.Equal("Maulavi", Assert.Single(mansur.Titles));
        // "dd/mm/1968" is the year alone; "12/11/1967" is given twice and kept once.
        Assert.Equal(["1968", "1967-11-12"], mansur.BirthDates.Select(d => d.ToString()));
        Assert.Equal(
            ["Zurmat District, Paktia Province, Afghanistan", "Garda Saray District, Paktia Province, Afghanistan", "Afghanistan"],
            mansur.PlacesOfBirth);
        Assert.Equal("Afghanistan", Assert.Single(mansur.Nationalities));
        Assert.Equal("Minister of Agriculture under the previous Taliban regime (1996-2001)", Assert.Single(mansur.Positions));
        var passports = mansur.Identifiers.Where(i => i.Type == IdentifierType.Passport).ToList();
        Assert.Equal(["D0009720", "D0010442"], passports.Select(p => p.Value));
        Assert.All(passports, p => Assert.Equal("Passport Number", p.Label));
        Assert.StartsWith("Afghanistan diplomatic passport number D0009720, issued on 12 Oct. 2021", passports[0].Note, StringComparison.Ordinal);
        var address = Assert.Single(mansur.Addresses);
        Assert.Equal(("Darul Aman, Kabul", null, "Afghanistan"), (address.Street, address.City, address.Country));
        Assert.Equal("Afghanistan", Assert.Single(mansur.Programs));
        Assert.Equal(new DateOnly(2001, 1, 31), mansur.ListedOn);
    }

    [Fact]
    public void Unique_id_and_un_reference_are_list_references_labelled_as_the_conlist_does()
    {
        var mansur = Get("uk:7270");

        var references = mansur.Identifiers.Where(i => i.Type == IdentifierType.ListReference).Select(i => (i.Value, i.Label));
        Assert.Equal([("AFG0011", "UK Sanctions List Ref"), ("TAi.007", "UN Ref")], references);
        Assert.All(List.Value.Entities, e => Assert.Single(e.Identifiers, i => i.Label == "UK Sanctions List Ref"));
    }

    [Fact]
    public void Low_quality_aliases_are_weak_and_partial_birth_dates_keep_their_precision()
    {
        var akram = Get("uk:11050");

        Assert.Equal("AKRAM TURKI HISHAN AL-MAZIDIH", akram.Caption);
        Assert.Equal(["Abu Akram", "Abu Jarrah"], akram.Names.Where(n => n.IsWeak).Select(n => n.Value));
        Assert.Equal(NameQuality.Good, akram.Names.Single(n => n.Value == "Akram Turki Al-Hishan").Quality);
        Assert.Equal(["1974", "1975", "1979", "1958-09", "1985"], akram.BirthDates.Select(d => d.ToString()));
        var rationCard = Assert.Single(akram.Identifiers, i => i.Type == IdentifierType.NationalId);
        Assert.Equal(("0075258", "National Identification Number", "Ration card no."), (rationCard.Value, rationCard.Label, rationCard.Note));
        Assert.Equal(["Iraq", "Deir ez-Zor Governorate, Syria"], akram.Addresses.Select(a => a.ToString()));
        Assert.Equal("ISIL (Da'esh) and Al-Qaida", Assert.Single(akram.Programs));
        Assert.Contains("Sanctions imposed: Asset freeze, Arms embargo, Travel Ban", akram.Remarks);
        Assert.Contains(akram.Remarks, r => r.StartsWith("Other possible date of birth: 1979.", StringComparison.Ordinal));
    }

    [Fact]
    public void Entity_has_its_cyrillic_name_and_type_of_entity()
    {
        var ktj = Get("uk:14211");

        Assert.Equal(Schema.Organization, ktj.Schema);
        Assert.Equal("Khatiba al-Tawhid wal-Jihad (KTJ)", ktj.Caption);
        var cyrillic = Assert.Single(ktj.Names, n => n.Script == "Cyrillic");
        Assert.Equal(("Катиба ат-Таухид валь-Джихад", NameKind.Primary), (cyrillic.Value, cyrillic.Kind));
        // The list pads "Jannat Oshiklari " with a space; names without AliasStrength are of unspecified quality.
        var former = Assert.Single(ktj.Names, n => n.Value == "Jannat Oshiklari");
        Assert.Equal((NameKind.Alias, NameQuality.Unspecified), (former.Kind, former.Quality));
        Assert.Contains("Type of entity: Terrorist Group", ktj.Remarks);
        Assert.Equal(new DateOnly(2022, 3, 7), ktj.ListedOn);
        Assert.Contains(ktj.Identifiers, i => i.Type == IdentifierType.ListReference && i.Value == "QDe.168" && i.Label == "UN Ref");
    }

    [Fact]
    public void Ship_without_ofsi_group_id_has_its_imo_number_and_vessel_details()
    {
        var petrel = Get("uk:DPR0075");

        Assert.Equal(Schema.Vessel, petrel.Schema);
        Assert.Equal("Petrel 8", petrel.Caption);
        Assert.Equal(["Petrel 8", "Jal Vahini", "Jal_Vahini", "Tian Tai 36"], petrel.Names.Select(n => n.Value));
        // "IMO9562233" in the list; the ConList writes the bare number.
        var imo = Assert.Single(petrel.Identifiers, i => i.Type == IdentifierType.Imo);
        Assert.Equal(("9562233", "IMO number"), (imo.Value, imo.Label));
        Assert.NotNull(petrel.Vessel);
        Assert.Equal(("Comoros", "Bulk Carrier", "7078", "2011", "Global United Shipping India"),
            (petrel.Vessel.Flag, petrel.Vessel.Type, petrel.Vessel.Tonnage, petrel.Vessel.BuildYear, petrel.Vessel.Owner));
        Assert.Equal(["India"], petrel.Vessel.FormerFlags!);
        Assert.Contains("Length of ship: 134.5", petrel.Remarks);
        Assert.Contains("Sanctions imposed: Prohibition of port entry", petrel.Remarks);
        Assert.Equal("Democratic People's Republic of Korea", Assert.Single(petrel.Programs));
    }

    [Fact]
    public void Loader_recognises_the_file_by_its_content()
    {
        var report = ListLoader.Load([Excerpt]);

        var list = Assert.Single(report.Lists);
        Assert.Equal("UK Sanctions List XML", list.Version.Format);
        Assert.Equal(4, list.Entities.Count);
        Assert.IsType<FcdoXmlFormat>(ListFormats.Recognize(FileHead.Read(Excerpt)));
    }

    [Fact]
    public void Other_lists_are_not_taken_for_the_fcdo_format()
    {
        var format = new FcdoXmlFormat();

        Assert.False(format.Recognizes(FileHead.Read(SharedData.Lists("un", "un_consolidated_2026-02-27.xml"))));
        Assert.False(format.Recognizes(FileHead.Read(SharedData.Lists("eu", "eu_fsf_xml_v1_1_excerpt_2026-08-05.xml"))));
        Assert.False(format.Recognizes(FileHead.Read(OfsiConListReaderTests.Path("2025-04-14"))));
    }

    [Fact]
    public void Loaded_with_the_conlist_the_newer_publication_of_the_one_uk_source_is_kept()
    {
        // Both files are versions of source "uk": the loader keeps the newest, as for two ConLists.
        var report = ListLoader.Load([Excerpt, OfsiConListReaderTests.Path("2025-04-14")]);

        var list = Assert.Single(report.Lists);
        Assert.Equal(("UK Sanctions List XML", new DateOnly(2026, 8, 14)), (list.Version.Format, list.Version.Published));
        Assert.Contains(report.Notices, n => n.ToString().StartsWith("uk: loaded the newest of 2 versions (2026-08-14)", StringComparison.Ordinal));
    }
}
