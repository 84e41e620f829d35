using Interdict.Core.Model;
using Interdict.Sources.Ofac;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>OFAC's classic XML files under ../shared, and their agreement with the CSV of the same day. Expected
/// figures were counted with Python's ElementTree: sdnEntry elements, sdnType (refined by the "Target Type" id), and
/// distinct composed names per entry.</summary>
public class OfacXmlReaderTests
{
    [Theory]
    [InlineData("CONSOLIDATED_2018-04-06.xml", "2018-04-06", 639, 94, 471, 0, 0, 74, 1891)]
    [InlineData("CONSOLIDATED_2025-10-22.xml", "2025-10-22", 443, 80, 290, 68, 5, 0, 1586)]
    [InlineData("CONSOLIDATED_2025-12-18.xml", "2025-12-18", 442, 79, 290, 68, 5, 0, 1585)]
    [InlineData("CONSOLIDATED_2026-01-08.xml", "2026-01-08", 442, 79, 290, 68, 5, 0, 1585)]
    public void Reads_every_entry_and_name_of_both_namespaces(string file, string published, int entities, int persons,
        int organizations, int companies, int publicBodies, int vessels, int names)
    {
        var list = OfacTestLists.ReadConsXml(file);

        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), list.Version.Published);
        Assert.Equal(OfacXmlReader.Format, list.Version.Format);
        Assert.Equal(entities, list.Entities.Count);
        var bySchema = list.CountBySchema();
        Assert.Equal(
            [persons, organizations, companies, publicBodies, vessels],
            new[] { Schema.Person, Schema.Organization, Schema.Company, Schema.PublicBody, Schema.Vessel }
                .Select(s => bySchema.GetValueOrDefault(s)));
        Assert.Equal(names, list.Entities.Sum(e => e.Names.Count));
    }

    [Fact]
    public void Entry_has_composed_names_weak_aliases_birth_data_and_link()
    {
        var zahhar = OfacTestLists.ConsXml.Get("ofac-cons:9647");

        Assert.Equal(
            [
                new EntityName("ZAHHAR, Mahmoud Khaled", NameKind.Primary, NameQuality.Good),
                new EntityName("AL ZAHAR, Mahmoud Khaled", NameKind.Alias, NameQuality.Good),
                new EntityName("ZAHAR, Mahmoud", NameKind.Alias, NameQuality.Low),
                new EntityName("AL-ZAHAR, Mahmoud", NameKind.Alias, NameQuality.Low),
            ],
            zahhar.Names);
        Assert.Equal("1945", Assert.Single(zahhar.BirthDates).ToString());
        Assert.Equal(["Gaza Strip"], zahhar.PlacesOfBirth);
        Assert.Equal(["Palestinian"], zahhar.Nationalities);
        Assert.Equal(Gender.Male, zahhar.Gender);
        Assert.Equal(["NS-PLC", "SDGT"], zahhar.Programs);
        Assert.Equal("HAMAS", Assert.Single(zahhar.Links).TargetName);
        Assert.Equal(new Address(Country: "Region: Gaza"), Assert.Single(zahhar.Addresses));
    }

    [Fact]
    public void Old_namespace_file_reads_vessels_with_their_details()
    {
        var list = OfacTestLists.ReadConsXml("CONSOLIDATED_2018-04-06.xml");
        var vessel = list.Get("ofac-cons:15037");

        Assert.Equal(Schema.Vessel, vessel.Schema);
        Assert.Equal(["SUNDIAL", "ABADEH", "CRYSTAL"], vessel.Names.Select(n => n.Value));
        Assert.Equal(
            [
                new Identifier(IdentifierType.Mmsi, "256842000", null, "MMSI"),
                new Identifier(IdentifierType.Imo, "9187655", null, "Vessel Registration Identification IMO"),
            ],
            vessel.Identifiers);
        var details = vessel.Vessel!;
        Assert.Equal(("9HDQ9", "Crude/Oil Products Tanker", "None Identified", "99030", "56068"),
            (details.CallSign, details.Type, details.Flag, details.Tonnage, details.GrossRegisteredTonnage));
        Assert.Equal(["Tanzania", "Malta"], details.FormerFlags);
        Assert.Equal([new EntityLink("Linked To", "NATIONAL IRANIAN TANKER COMPANY", "ofac-cons:15117")], vessel.Links);
        // An id value with "; " inside is one remark, not two.
        Assert.Contains(vessel.Remarks, r => r.StartsWith("Additional Sanctions Information - Not on the SDN List and Not Subject to Secondary Sanctions; U.S. Persons", StringComparison.Ordinal));
    }

    [Fact]
    public void Id_list_items_become_identifiers_with_country_and_issue_date()
    {
        var list = OfacTestLists.ReadConsXml("CONSOLIDATED_2018-04-06.xml");
        var identifiers = list.Entities.SelectMany(e => e.Identifiers).ToList();

        Assert.Contains(new Identifier(IdentifierType.RegistrationNumber, "86936", "Iran", "Registration ID", "issued 10 Jul 1991"), identifiers);
    }

    [Fact]
    public void Same_entry_from_csv_and_xml_has_the_same_names_identifiers_and_birth_dates()
    {
        var xml = OfacTestLists.ConsXml.Entities.ToDictionary(e => e.Id);
        var differing = new List<string>();
        foreach (var fromCsv in OfacTestLists.ConsCsv.Entities)
        {
            var fromXml = xml[fromCsv.Id];
            if (!SameSet(fromCsv.Names, fromXml.Names) || !SameSet(fromCsv.Identifiers, fromXml.Identifiers)
                || !SameSet(fromCsv.BirthDates, fromXml.BirthDates) || fromCsv.Schema != fromXml.Schema)
                differing.Add(fromCsv.Id);
        }
        Assert.Equal(xml.Count, OfacTestLists.ConsCsv.Entities.Count);
        // OFAC's CSV writes the double quotes of one alias as single quotes:
        // XML  OPEN JOINT-STOCK COMPANY "OIL TRUNK PIPELINES 'DRUZHBA'"
        // CSV  OPEN JOINT-STOCK COMPANY 'OIL TRUNK PIPELINES 'DRUZHBA''
        Assert.Equal(["ofac-cons:22391"], differing);
    }

    [Fact]
    public void Same_entry_from_csv_and_xml_spot_check()
    {
        var fromCsv = OfacTestLists.ConsCsv.Get("ofac-cons:17016");
        var fromXml = OfacTestLists.ConsXml.Get("ofac-cons:17016");

        Assert.Equal(fromCsv.Names, fromXml.Names);
        Assert.True(SameSet(fromCsv.Identifiers, fromXml.Identifiers));
        Assert.Equal(5, fromXml.Identifiers.Count);
        Assert.Equal(fromCsv.IncorporationDates, fromXml.IncorporationDates);
        Assert.Equal(fromCsv.Programs, fromXml.Programs);
    }

    private static bool SameSet<T>(IEnumerable<T> a, IEnumerable<T> b) => a.ToHashSet().SetEquals(b);
}
