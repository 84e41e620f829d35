using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Ofac.Advanced;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>OFAC's advanced XML of 2020-03-17, and its agreement with the classic XML of the nearest date
/// (2018-04-06). Expected figures were counted with Python's ElementTree: DistinctParty elements, PartySubType /
/// PartyType, and distinct composed names ("LASTNAME, Given") per party.</summary>
public class OfacAdvancedReaderTests
{
    [Fact]
    public void Reads_every_party_with_its_date_and_names()
    {
        var list = OfacNewFormatLists.Advanced;

        Assert.Equal(new DateOnly(2020, 3, 17), list.Version.Published);
        Assert.Equal(OfacAdvancedReader.Format, list.Version.Format);
        Assert.Equal("ofac-cons", list.Version.SourceId);
        Assert.Equal(375, list.Entities.Count);
        Assert.Equal(new Dictionary<Schema, int> { [Schema.Person] = 82, [Schema.Organization] = 293 }, list.CountBySchema());
        Assert.Equal(1288, list.Entities.Sum(e => e.Names.Count));
        // 31 low-quality aliases, one of them listed twice.
        Assert.Equal(30, list.Entities.SelectMany(e => e.Names).Count(n => n.IsWeak));
        Assert.All(list.Entities, e => Assert.Matches(@"^ofac-cons:\d+$", e.Id));
    }

    [Fact]
    public void Person_has_names_birth_data_programme_and_listing_date()
    {
        var haniya = OfacNewFormatLists.Advanced.Get("ofac-cons:9639");

        Assert.Equal(Schema.Person, haniya.Schema);
        Assert.Equal(
            [
                new EntityName("HANIYA, Ismail Abdul Salah", NameKind.Primary, NameQuality.Good),
                new EntityName("HANIYA, Ismail", NameKind.Alias, NameQuality.Good),
                new EntityName("HANIYYA, Ismaeel", NameKind.Alias, NameQuality.Good),
            ],
            haniya.Names);
        // 1 Jan to 31 Dec 1962 is OFAC's way of stating the year.
        Assert.Equal("1962", Assert.Single(haniya.BirthDates).ToString());
        Assert.Equal(["Shati"], haniya.PlacesOfBirth);
        Assert.Equal(["NS-PLC"], haniya.Programs);
        Assert.Equal(new DateOnly(2006, 4, 12), haniya.ListedOn);
        // Its location is "undetermined": no address.
        Assert.Empty(haniya.Addresses);
    }

    [Fact]
    public void Organization_has_documents_features_addresses_and_capitalised_names()
    {
        var vtb = OfacNewFormatLists.Advanced.Get("ofac-cons:17013");

        Assert.Contains(new Identifier(IdentifierType.RegistrationNumber, "1027739609391", "Russia", "Registration ID"), vtb.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.TaxId, "7702070139", "Russia", "Tax ID No."), vtb.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.SwiftBic, "VTBRRUMM", null, "SWIFT/BIC"), vtb.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Website, "www.vtb.com", null, "Website"), vtb.Identifiers);
        Assert.Contains("Executive Order 13662 Directive Determination - Subject to Directive 1", vtb.Remarks);
        Assert.Contains(new Address("29, Bolshaya Morskaya str.", "St. Petersburg", null, "190000", "Russia"), vtb.Addresses);
        Assert.Equal(["UKRAINE-EO13662"], vtb.Programs);
        // The advanced XML writes "VTB Bank, open joint-stock company"; OFAC's formatted name capitalises it.
        Assert.Contains(vtb.Names, n => n.Value == "VTB BANK, OPEN JOINT-STOCK COMPANY");
    }

    [Fact]
    public void Country_features_and_relations_are_read()
    {
        var list = OfacNewFormatLists.Advanced;

        // A nationality of registration is a location naming the country in a part of unknown type.
        Assert.Equal(["Russia"], list.Get("ofac-cons:23552").Nationalities);
        Assert.Equal(["Switzerland"], list.Get("ofac-cons:17526").Citizenships);
        Assert.Equal(
            [new EntityLink("Owned or Controlled By", "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", "ofac-cons:17022")],
            list.Get("ofac-cons:18267").Links);
        Assert.Equal(276, list.Entities.Sum(e => e.Links.Count));
    }

    [Fact]
    public void Same_entries_as_the_classic_xml_of_2018_apart_from_what_ofac_changed_since()
    {
        var (differing, compared) = CrossFormat.Compare(OfacNewFormatLists.Advanced, OfacNewFormatLists.Classic2018);

        // Two parties were listed after 2018-04-06 (26182, 28603).
        Assert.Equal(373, compared);
        Assert.Equal(
            [
                // Between the two dates OFAC wrote SWIFT/BIC codes without their spaces ("CKLB CN BJ" → "CKLBCNBJ",
                // the same normalised value) and renamed the program tag "561List" to "561-Related".
                "ofac-cons:15268: identifiers, programs",
                "ofac-cons:17014: identifiers",
                "ofac-cons:17015: identifiers",
                "ofac-cons:17017: identifiers",
                "ofac-cons:18268: identifiers",
                "ofac-cons:18277: identifiers",
                "ofac-cons:18283: identifiers",
                "ofac-cons:18285: identifiers",
                "ofac-cons:18291: identifiers",
                "ofac-cons:18293: identifiers",
                // Designated under VENEZUELA-EO13850 on 2020-03-12, with a Swiss tax and registration number.
                "ofac-cons:18299: identifiers, programs",
                "ofac-cons:18784: identifiers",
                "ofac-cons:20002: identifiers",
            ],
            differing);
    }

    [Fact]
    public void Unchanged_entry_is_the_same_entity_as_from_the_classic_xml()
    {
        var fromAdvanced = OfacNewFormatLists.Advanced.Get("ofac-cons:17013");
        var fromClassic = OfacNewFormatLists.Classic2018.Get("ofac-cons:17013");

        Assert.Empty(CrossFormat.Differences(fromAdvanced, fromClassic));
        Assert.Equal(fromClassic.Names, fromAdvanced.Names);
        Assert.Equal(fromClassic.Remarks.ToHashSet(), fromAdvanced.Remarks.ToHashSet());
        Assert.Equal(fromClassic.Addresses.ToHashSet(), fromAdvanced.Addresses.ToHashSet());
        Assert.Equal(6, fromAdvanced.Identifiers.Count);
    }

    [Fact]
    public void Loader_recognises_the_file_by_its_content()
    {
        var report = ListLoader.Load([OfacNewFormatLists.AdvancedPath]);

        var list = Assert.Single(report.Lists);
        Assert.Equal(OfacAdvancedReader.Format, list.Version.Format);
        Assert.Equal(375, list.Entities.Count);
    }
}
