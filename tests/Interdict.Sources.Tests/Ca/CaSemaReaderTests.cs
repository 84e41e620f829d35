using Interdict.Core.Model;
using Interdict.Sources.Ca;
using Interdict.Sources.Loading;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ca;

public sealed class CaSemaReaderTests
{
    public static readonly string ListPath = SharedData.Lists("ca", "sema_consolidated_autonomous_sanctions.xml");

    private static readonly Lazy<LoadedList> List = new(() => CaSemaReader.Read(ListPath));

    private static Entity Entity(string id) => List.Value.Entities.Single(e => e.Id == id);

    [Fact]
    public void Every_record_is_one_entity_with_a_unique_id()
    {
        var counts = List.Value.CountBySchema();

        Assert.Equal(4759, List.Value.Entities.Count);
        Assert.Equal(3334, counts[Schema.Person]);
        Assert.Equal(1316, counts[Schema.Organization]);
        Assert.Equal(109, counts[Schema.Vessel]);
        Assert.Equal(4759, List.Value.Entities.Select(e => e.Id).Distinct().Count());
        // No two records of the published file share regime, schedule and item, so no id needed a "~2" suffix.
        Assert.DoesNotContain(List.Value.Entities, e => e.Id.Contains('~', StringComparison.Ordinal));
    }

    [Fact]
    public void Version_has_no_publication_date_because_the_file_states_none()
    {
        var version = List.Value.Version;

        Assert.Equal("ca", version.SourceId);
        Assert.Equal(CaSemaReader.Format, version.Format);
        Assert.Null(version.Published);
    }

    [Fact]
    public void Person_has_given_name_first_birth_date_regime_and_listing_date()
    {
        var lukashenko = Entity("ca:belarus/1-part-1/8");

        Assert.Equal(Schema.Person, lukashenko.Schema);
        Assert.Equal("Aleksandr Grigoryevich Lukashenko", lukashenko.Names[0].Value);
        Assert.Equal(NameKind.Primary, lukashenko.Names[0].Kind);
        Assert.Equal("1954-08-30", Assert.Single(lukashenko.BirthDates).ToString());
        Assert.Equal(["Belarus"], lukashenko.Programs);
        Assert.Equal(new DateOnly(2020, 9, 28), lukashenko.ListedOn);
        Assert.Contains("Schedule 1, Part 1, item 8", lukashenko.Remarks);
    }

    [Fact]
    public void Vessel_has_its_imo_number_type_and_build_year()
    {
        var ship = Entity("ca:russia/1.1/1");

        Assert.Equal(Schema.Vessel, ship.Schema);
        Assert.Equal("Balitiyskiy III", Assert.Single(ship.Names).Value);
        var imo = Assert.Single(ship.Identifiers);
        Assert.Equal(IdentifierType.Imo, imo.Type);
        Assert.Equal("7612448", imo.Value);
        Assert.Equal(new VesselDetails(Type: "General Cargo / Multi Purpose", BuildYear: "1980"), ship.Vessel);
        Assert.Empty(ship.BirthDates);
        Assert.Equal(new DateOnly(2025, 2, 21), ship.ListedOn);
    }

    [Fact]
    public void Aliases_are_split_with_their_language_labels_and_scripts()
    {
        // "Ruslan Khikmetavich MASHADZEOU, Ruslan Chikmetovič MAŠADZEV, …, Belarusian: Руслан Хiкметовiч МАШАДЗЕЎ,
        // Russian: Руслан Хикметович МАШАДИЕВ"
        var person = Entity("ca:belarus/1-part-1/99");

        Assert.Equal("Ruslan Khikmetavich MASHADZIYEU", person.Names[0].Value);
        Assert.Contains(new EntityName("Ruslan Chikmetovič MAŠADZEV", NameKind.Alias), person.Names);
        Assert.Contains(new EntityName("Руслан Хiкметовiч МАШАДЗЕЎ", NameKind.Alias, NameQuality.Unspecified, "Cyrillic", "Belarusian"), person.Names);
        Assert.Contains(new EntityName("Руслан Хикметович МАШАДИЕВ", NameKind.Alias, NameQuality.Unspecified, "Cyrillic", "Russian"), person.Names);
        Assert.Equal(7, person.Names.Count);
    }

    [Fact]
    public void A_persons_one_word_alias_is_low_quality()
    {
        // "Aleksander/ Aleksandr or Alexander /Alexandr Vladimirovich Karnienko, …"
        var person = Entity("ca:belarus/1-part-1/108");

        Assert.Contains(new EntityName("Aleksandr", NameKind.Alias, NameQuality.Low), person.Names);
        Assert.Contains(new EntityName("Alexandr Vladimirovich Karnienko", NameKind.Alias), person.Names);
        Assert.Contains(new EntityName("Карниенка", NameKind.Alias, NameQuality.Low, "Cyrillic", "Russian"), person.Names);
    }

    [Fact]
    public void Entity_names_give_french_variation_acronym_and_also_known_as_names()
    {
        var aio = Entity("ca:iran/1-part-1/1");
        Assert.Equal(Schema.Organization, aio.Schema);
        Assert.Equal(new EntityName("Aerospace Industries Organization", NameKind.Primary), aio.Names[0]);
        Assert.Contains(new EntityName("AIO", NameKind.Alias), aio.Names);
        Assert.Contains(new EntityName("Organisation iranienne des industries aérospatiales", NameKind.PrimaryVariation), aio.Names);

        var fakel = List.Value.Entities.Single(e => e.Names[0].Value == "Engineering Design Bureau “Fakel” JSC");
        Assert.Contains(new EntityName("Joint Stock Company Machine-Building Engineering Office Fakel named after Akademika P. D. Grushina", NameKind.Alias), fakel.Names);
    }

    [Fact]
    public void Legal_forms_and_lower_case_continuations_after_a_comma_stay_with_their_name()
    {
        var concord = List.Value.Entities.Single(e => e.Names[0].Value == "Concord Management and Consulting LLC");
        Assert.Contains(new EntityName("Конкорд Менеджмент и консалтинг, ООО", NameKind.Alias, NameQuality.Unspecified, "Cyrillic"), concord.Names);

        var agency = List.Value.Entities.Single(e => e.Names[0].Value == "Russotrudnichestvo");
        Assert.Equal(
            ["Russotrudnichestvo",
             "Федеральное агентство по делам Содружества Независимых Государств, соотечественников, проживающих за рубежом, и по международному гуманитарному сотрудничеству",
             "Россотрудничество"],
            agency.Names.Select(n => n.Value));
    }

    [Fact]
    public void Birth_date_alternatives_are_each_read_and_unknown_wordings_kept_as_remarks()
    {
        var people = List.Value.Entities.Where(e => e.Schema == Schema.Person).ToList();

        Assert.Equal(1716, people.Sum(p => p.BirthDates.Count));
        var twoDays = people.Single(p => p.BirthDates.Select(d => d.ToString()).SequenceEqual(["1972-08-10", "1972-08-11"]));
        Assert.Equal(Schema.Person, twoDays.Schema);
        Assert.Contains(people, p => p.Remarks.Contains("Date of birth: born in the early 1970s"));
    }

    [Fact]
    public void Loader_recognises_the_file_by_content()
    {
        var report = ListLoader.Load([ListPath]);

        var list = Assert.Single(report.Lists);
        Assert.Equal("ca", list.Version.SourceId);
        Assert.Equal(4759, list.Entities.Count);
        Assert.IsType<CaSemaFormat>(ListFormats.Recognize(FileHead.Read(ListPath)));
    }
}
