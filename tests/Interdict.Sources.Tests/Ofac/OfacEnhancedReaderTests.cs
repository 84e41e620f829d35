using System.Text.Json;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Ofac.Enhanced;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>OFAC's enhanced XML of 2025-01-10, plain and as the zip OFAC publishes, and its agreement with the classic
/// XML of the nearest date (2025-10-22) and the advanced XML of 2020. Expected figures were counted with Python's
/// ElementTree: entity elements, entityType refined by the "Target Type" feature as the classic readers refine
/// sdnType, distinct formattedFullName per entity, translations by script.</summary>
public class OfacEnhancedReaderTests
{
    [Fact]
    public void Reads_every_entity_with_its_date_and_names()
    {
        var list = OfacNewFormatLists.Enhanced;

        Assert.Equal(new DateOnly(2025, 1, 10), list.Version.Published);
        Assert.Equal(OfacEnhancedReader.Format, list.Version.Format);
        Assert.Equal("ofac-cons", list.Version.SourceId);
        Assert.Equal(443, list.Entities.Count);
        Assert.Equal(
            new Dictionary<Schema, int> { [Schema.Person] = 80, [Schema.Organization] = 290, [Schema.Company] = 68, [Schema.PublicBody] = 5 },
            list.CountBySchema());
        Assert.Equal(1623, list.Entities.Sum(e => e.Names.Count));
        // Translations of names: 39 Cyrillic, 6 Chinese (5 simplified, 1 traditional).
        var scripts = list.Entities.SelectMany(e => e.Names).GroupBy(n => n.Script).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((39, 6), (scripts["Cyrillic"], scripts["Han"]));
    }

    [Fact]
    public void Names_in_other_scripts_keep_the_kind_of_the_name_they_translate()
    {
        var vtb = OfacNewFormatLists.Enhanced.Get("ofac-cons:17013");

        Assert.Equal(new EntityName("VTB BANK PUBLIC JOINT STOCK COMPANY", NameKind.Primary, NameQuality.Good), vtb.Names[0]);
        Assert.Contains(new EntityName("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", NameKind.Primary, NameQuality.Good, "Cyrillic"), vtb.Names);
        Assert.Contains(new EntityName("БАНК ВТБ ПАО", NameKind.Alias, NameQuality.Good, "Cyrillic"), vtb.Names);
        Assert.Contains(new EntityName("JSC VTB BANK NEW DELHI BRANCH", NameKind.Alias, NameQuality.Low), vtb.Names);
        Assert.Contains(new EntityName("深圳市大疆创新科技有限公司", NameKind.Primary, NameQuality.Good, "Han"),
            OfacNewFormatLists.Enhanced.Get("ofac-cons:33111").Names);
    }

    [Fact]
    public void Entity_has_documents_features_addresses_programmes_and_remarks()
    {
        var vtb = OfacNewFormatLists.Enhanced.Get("ofac-cons:17013");

        Assert.Equal(Schema.Organization, vtb.Schema);
        Assert.Contains(new Identifier(IdentifierType.TaxId, "7702070139", "Russia", "Tax ID No."), vtb.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Lei, "253400V1H6ART1UQ0N98", "Russia", "Legal Entity Number"), vtb.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Other, "044525187", null, "BIK (RU)"), vtb.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Website, "www.vtb.ru", null, "Website"), vtb.Identifiers);
        Assert.Equal("1990-10-17", Assert.Single(vtb.IncorporationDates).ToString());
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], vtb.Programs);
        Assert.Equal(new DateOnly(2014, 7, 29), vtb.ListedOn);
        Assert.Contains(new Address("1266 Nanjing Xilu Street, Jingan District", "Shanghai", null, "200040", "China"), vtb.Addresses);
        Assert.Contains("Target Type Financial Institution", vtb.Remarks);
        Assert.Contains(vtb.Remarks, r => r.StartsWith("For more information on directives", StringComparison.Ordinal));
    }

    [Fact]
    public void Person_has_birth_data_and_a_relation_to_a_party_on_another_list()
    {
        var list = OfacNewFormatLists.Enhanced;
        var zahhar = list.Get("ofac-cons:9647");

        Assert.Equal("1945", Assert.Single(zahhar.BirthDates).ToString());
        Assert.Equal(["Gaza Strip"], zahhar.PlacesOfBirth);
        Assert.Equal(["Palestinian"], zahhar.Nationalities);
        Assert.Equal(Gender.Male, zahhar.Gender);
        Assert.Equal(new Address(Region: "Gaza"), Assert.Single(zahhar.Addresses));
        // HAMAS (4695) is on the SDN list, not on this one: the link keeps its name and no id.
        Assert.Equal([new EntityLink("Acting for or on behalf of", "HAMAS")], zahhar.Links);
        Assert.Equal(
            new EntityLink("Owned or Controlled By", "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", "ofac-cons:17022"),
            Assert.Single(list.Get("ofac-cons:18267").Links));
    }

    [Fact]
    public void Zip_and_xml_give_identical_entities()
    {
        var fromZip = OfacEnhancedReader.Read("ofac-cons", OfacNewFormatLists.EnhancedZipPath);
        var fromXml = OfacNewFormatLists.Enhanced;

        Assert.Equal(fromXml.Version.Published, fromZip.Version.Published);
        Assert.Equal(fromXml.Entities.Select(Content), fromZip.Entities.Select(Content));
    }

    [Fact]
    public void Same_entries_as_the_classic_xml_of_2025_10_apart_from_what_ofac_changed_since()
    {
        var (differing, compared) = CrossFormat.Compare(OfacNewFormatLists.Enhanced, OfacNewFormatLists.Classic2025);

        Assert.Equal(443, compared);
        // Every difference is a change OFAC made between January and October 2025: the Rosneft and Lukoil entries
        // were designated under RUSSIA-EO14024 with issuing countries added to their numbers, some renamed
        // (18284 RN-KOMSOMOLSKY REFINERY LLC → RN KOMSOMOLSKIY REFINERY LLC) or given aliases; 18782 lost SYRIA;
        // the LEI of 17013 and the numbers of 18784 gained or lost their issuing country.
        Assert.Equal(
            [
                "ofac-cons:17013: identifiers",
                "ofac-cons:17022: programs",
                "ofac-cons:17248: names, identifiers, programs",
                "ofac-cons:18267: identifiers, programs",
                "ofac-cons:18269: identifiers, programs",
                "ofac-cons:18271: names, identifiers, programs",
                "ofac-cons:18274: identifiers, programs",
                "ofac-cons:18276: identifiers, programs",
                "ofac-cons:18282: identifiers, programs",
                "ofac-cons:18284: primary name, names, identifiers, programs",
                "ofac-cons:18290: names, identifiers, programs",
                "ofac-cons:18292: names, identifiers, programs",
                "ofac-cons:18782: programs",
                "ofac-cons:18784: identifiers",
            ],
            differing);
    }

    [Fact]
    public void One_entry_is_the_same_entity_from_enhanced_advanced_classic_xml_and_csv()
    {
        var fromEnhanced = OfacNewFormatLists.Enhanced.Get("ofac-cons:9639");

        foreach (var other in new[]
        {
            OfacNewFormatLists.Advanced, OfacNewFormatLists.Classic2018, OfacNewFormatLists.Classic2025, OfacTestLists.ConsCsv,
        })
        {
            var counterpart = other.Get("ofac-cons:9639");
            Assert.Empty(CrossFormat.Differences(fromEnhanced, counterpart));
            Assert.Equal(fromEnhanced.Names, counterpart.Names);
            Assert.Equal(fromEnhanced.PlacesOfBirth, counterpart.PlacesOfBirth);
        }
        Assert.Equal(OfacNewFormatLists.Advanced.Get("ofac-cons:9639").ListedOn, fromEnhanced.ListedOn);
    }

    [Fact]
    public void Relations_name_the_same_parties_as_the_classic_linked_to()
    {
        // The classic XML says "Linked To"; the enhanced XML says how ("Owned or Controlled By" …).
        static HashSet<(string, string, string?)> Targets(LoadedList list) =>
            [.. list.Entities.SelectMany(e => e.Links.Select(l => (e.Id, l.TargetName, l.TargetId)))];

        var enhanced = Targets(OfacNewFormatLists.Enhanced);
        Assert.Equal(283, enhanced.Count);
        Assert.Equal(Targets(OfacNewFormatLists.Classic2025), enhanced);
    }

    [Theory]
    [InlineData("CONS_ENHANCED_2025-01-10.xml")]
    [InlineData("CONS_ENHANCED_2025-01-10.zip")]
    public void Loader_recognises_the_file_by_its_content(string file)
    {
        var report = ListLoader.Load([Interdict.Testing.SharedData.Lists("ofac-enhanced", file)]);

        var list = Assert.Single(report.Lists);
        Assert.Equal(OfacEnhancedReader.Format, list.Version.Format);
        Assert.Equal(443, list.Entities.Count);
    }

    // Everything an entity holds but the version it was read from (whose file hash differs between xml and zip).
    private static string Content(Entity e) => JsonSerializer.Serialize(new
    {
        e.Id,
        e.Schema,
        e.Names,
        e.BirthDates,
        e.PlacesOfBirth,
        e.Nationalities,
        e.Citizenships,
        e.Gender,
        e.Titles,
        e.Positions,
        e.Addresses,
        e.Identifiers,
        e.Vessel,
        e.Aircraft,
        e.Programs,
        e.ListedOn,
        e.IncorporationDates,
        e.Remarks,
        e.Links,
    });
}
