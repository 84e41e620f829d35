using Interdict.Core.Model;
using Interdict.Sources.Eu;
using Interdict.Sources.Loading;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Eu;

public class EuXmlReaderTests
{
    internal static readonly string Sample = SharedData.Lists("eu", "eu_fsf_xml_v1_1_excerpt_2026-08-05.xml");

    private static readonly Lazy<LoadedList> List = new(() => EuFsfReader.ReadXml(Sample));

    private static Entity Get(string id) => List.Value.Entities.Single(e => e.Id == id);

    // Counted with Python's ElementTree: 4 sanctionEntity elements, subjectType person (13, 191) and enterprise (980, 330);
    // 3 + 7 + 1 + 12 nameAlias elements, "Global Relief Foundation (GRF)" giving also "GRF".
    [Fact]
    public void Reads_every_entity_with_its_schema_and_names()
    {
        var list = List.Value;

        Assert.Equal(["eu:13", "eu:191", "eu:980", "eu:330"], list.Entities.Select(e => e.Id));
        Assert.Equal(2, list.Entities.Count(e => e.Schema == Schema.Person));
        Assert.Equal(2, list.Entities.Count(e => e.Schema == Schema.Organization));
        Assert.Equal([3, 7, 2, 12], list.Entities.Select(e => e.Names.Count));
        Assert.Equal("eu", list.Version.SourceId);
        Assert.Equal("EU FSF XML 1.1", list.Version.Format);
    }

    [Fact]
    public void Publication_date_is_the_generation_day_as_written()
    {
        // generationDate="2026-08-05T16:47:04.449+02:00"
        Assert.Equal(new DateOnly(2026, 8, 5), List.Value.Version.Published);
    }

    [Fact]
    public void Saddam_Hussein_has_birth_date_place_citizenship_and_programme()
    {
        var saddam = Get("eu:13");

        Assert.Equal("Saddam Hussein Al-Tikriti", saddam.Caption);
        Assert.Equal(NameKind.Primary, saddam.Names[0].Kind);
        var abou = Assert.Single(saddam.Names, n => n.Value == "Abou Ali");
        Assert.Equal((NameKind.Alias, "FR"), (abou.Kind, abou.Language));
        Assert.Equal(Gender.Male, saddam.Gender);
        Assert.Equal(new FuzzyDate(new PartialDate(1937, 4, 28)), Assert.Single(saddam.BirthDates));
        Assert.Equal("al-Awja, near Tikrit, IRAQ", Assert.Single(saddam.PlacesOfBirth));
        Assert.Equal("IQ", Assert.Single(saddam.Citizenships));
        Assert.Equal("IRQ", Assert.Single(saddam.Programs));
        Assert.Equal(new DateOnly(2003, 7, 8), saddam.ListedOn);
        Assert.Equal(["UNSC RESOLUTION 1483", "Regulation 1210/2003 (OJ L169) of 2003-07-08"], saddam.Remarks);
        Assert.Equal(new Identifier(IdentifierType.ListReference, "EU.27.28", Label: "EU reference number"), Assert.Single(saddam.Identifiers));
    }

    [Fact]
    public void Primary_name_is_the_first_recorded_and_birth_dates_are_alternatives()
    {
        var mohammed = Get("eu:191");

        // nameAlias logicalId 289 among 161419, 161420, 292, 291, 293, 289, 290; the file lists it sixth.
        Assert.Equal("Khalid Sheikh MOHAMMED", mohammed.Caption);
        Assert.All(mohammed.Names.Skip(1), n => Assert.Equal(NameKind.Alias, n.Kind));
        Assert.Equal(["1965-04-14", "1964-03-01"], mohammed.BirthDates.Select(d => d.ToString()));
        // city="-" is the EU's "not known".
        Assert.Equal("PAKISTAN", Assert.Single(mohammed.PlacesOfBirth));
        Assert.Equal("TERR", Assert.Single(mohammed.Programs));
        // The entity cites only its 2025 amendment; its birth dates were published in 2005/848/EC of 2005-11-30.
        Assert.Equal(new DateOnly(2005, 11, 30), mohammed.ListedOn);
    }

    [Fact]
    public void Passport_of_unknown_country_keeps_its_type_and_label()
    {
        var passport = Assert.Single(Get("eu:191").Identifiers, i => i.Type == IdentifierType.Passport);

        // countryIso2Code="00", countryDescription="UNKNOWN"
        Assert.Equal(new Identifier(IdentifierType.Passport, "488555", null, "National passport"), passport);
    }

    [Fact]
    public void Enterprise_has_its_addresses_and_the_acronym_in_its_name()
    {
        var grf = Get("eu:980");

        Assert.Equal(Schema.Organization, grf.Schema);
        Assert.Equal(["Global Relief Foundation", "GRF"], grf.Names.Select(n => n.Value));
        Assert.Equal(
            [
                new Address(null, "Bridgeview, Illinois", null, "PO Box 1406 - 60455", "US"),
                new Address("9935 South 76th Avenue, Unit 1", "Bridgeview, Illinois", null, "60455", "US"),
            ],
            grf.Addresses);
        Assert.Equal("TAQA", Assert.Single(grf.Programs));
        Assert.Equal(new DateOnly(2009, 11, 18), grf.ListedOn);
    }

    [Fact]
    public void Bulgarian_name_is_in_Cyrillic_with_its_language()
    {
        var trust = Get("eu:330");

        var bulgarian = Assert.Single(trust.Names, n => n.Language == "BG");
        Assert.Equal("Организация за подпомагане на Ulema, Пакистан", bulgarian.Value);
        Assert.Equal("Cyrillic", bulgarian.Script);
        Assert.Equal(NameKind.Alias, bulgarian.Kind);
        Assert.Equal("Al Rashid Trust", trust.Caption);
    }

    [Fact]
    public void Designation_date_and_contact_details_of_an_enterprise()
    {
        var trust = Get("eu:330");

        Assert.Equal(new DateOnly(2001, 10, 6), trust.ListedOn);
        Assert.Equal(11, trust.Addresses.Count);
        Assert.Contains(new Address("Office Dha’rbi-M’unin, Top Floor, Dr. Dawa Khan Dental Clinic Surgeon, Main Baxae,Mingora", "Mingora", "Swat", null, "PK"), trust.Addresses);
        // contactInfo PHONE "668 33 01; 0300- 820 91 99" holds two numbers, FAX one.
        Assert.Equal(
            ["497 92 63", "262 38 18-19", "587-25 45", "668 33 01", "0300- 820 91 99", "662 38 14", "042-681 20 81"],
            trust.Identifiers.Where(i => i.Type == IdentifierType.Phone).Select(i => i.Value));
        Assert.Equal(new Identifier(IdentifierType.Phone, "662 38 14", "PK", "FAX"), trust.Identifiers.Single(i => i.Label == "FAX"));
        // The remark of one name, its line breaks made spaces.
        Assert.StartsWith("Banned in Pakistan since October 2001. Reportedly defunct.", trust.Remarks[0], StringComparison.Ordinal);
        Assert.Contains("Associated with Jaish-i-Mohammed. Operations in Afghanistan", trust.Remarks[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_recognises_the_file_by_its_content()
    {
        var report = ListLoader.Load([Sample]);

        var list = Assert.Single(report.Lists);
        Assert.Equal("EU FSF XML 1.1", list.Version.Format);
        Assert.Equal(4, list.Entities.Count);
        Assert.IsType<EuXmlFormat>(ListFormats.Recognize(FileHead.Read(Sample)));
    }
}
