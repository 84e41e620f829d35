using Interdict.Core.Model;
using Interdict.Sources.Ofac;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>Every OFAC CSV set and file under ../shared, read whole. The expected figures were counted from the
/// files with Python's csv module: rows, SDN_Type (refined by "Target Type"), and distinct names per entry.</summary>
public class OfacCsvSetTests
{
    [Theory]
    [InlineData("2023-12-28", 13821, 6646, 5862, 119, 52, 764, 378, 34279)]
    [InlineData("2022-01-21", 9044, 4643, 3675, 9, 17, 420, 280, 23928)]
    [InlineData("2021-07", 8976, 4620, 3666, 2, 5, 406, 277, 23322)]
    public void Sdn_set_has_every_entry_and_name(string date, int entities, int persons, int organizations,
        int companies, int publicBodies, int vessels, int aircraft, int names)
    {
        var list = OfacTestLists.SdnSet(date);
        AssertCounts(list, entities, persons, organizations, companies, publicBodies, vessels, aircraft, names);
        Assert.Null(list.Version.Published);
        Assert.Equal(OfacCsvReader.Format, list.Version.Format);
    }

    [Theory]
    [InlineData("sdn_2024-04-26.csv", 14668, 6820, 6454, 124, 52, 835, 383, 18252)]
    [InlineData("sdn_2024-05-01.csv", 14966, 6849, 6706, 124, 53, 851, 383, 18627)]
    [InlineData("sdn_2024-05-02.csv", 14973, 6854, 6708, 124, 53, 851, 383, 18637)]
    [InlineData("sdn_2024-05-03.csv", 14965, 6854, 6707, 124, 53, 851, 376, 18629)]
    public void Sdn_file_alone_is_a_list(string file, int entities, int persons, int organizations,
        int companies, int publicBodies, int vessels, int aircraft, int names)
    {
        var list = OfacCsvReader.Read("ofac-sdn", SharedData.Lists("ofac-sdn", "history", file), null, null, null);
        AssertCounts(list, entities, persons, organizations, companies, publicBodies, vessels, aircraft, names);
        Assert.Equal(["main"], list.Version.Files.Select(f => f.Role));
    }

    [Fact]
    public void Consolidated_set_has_every_entry_and_name()
    {
        var list = OfacTestLists.ConsCsv;
        AssertCounts(list, 442, 79, 290, 68, 5, 0, 0, 1585);
        Assert.Equal(["main", "addresses", "aliases", "comments"], list.Version.Files.Select(f => f.Role));
        Assert.All(list.Entities, e => Assert.StartsWith("ofac-cons:", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_files_give_the_same_version_hash() =>
        Assert.Equal(OfacTestLists.ReadConsSet("2025-12-18").Version.Hash, OfacTestLists.ConsCsv.Version.Hash);

    // Counted with Python over 2023-12-28/sdn.csv: remark parts starting with the label and a space or ":" (after
    // "alt. "), distinct per entry, leaving out the parts cut by the 1,000-character limit.
    [Theory]
    [InlineData("Tax ID No.", IdentifierType.TaxId, 2200)]
    [InlineData("National ID No.", IdentifierType.NationalId, 1046)]
    [InlineData("Passport", IdentifierType.Passport, 2050)]
    [InlineData("Vessel Registration Identification IMO", IdentifierType.Imo, 766)]
    [InlineData("Aircraft Manufacturer's Serial Number (MSN)", IdentifierType.AircraftSerial, 328)]
    [InlineData("MMSI", IdentifierType.Mmsi, 94)]
    [InlineData("Legal Entity Number", IdentifierType.Lei, 71)]
    [InlineData("SWIFT/BIC", IdentifierType.SwiftBic, 153)]
    [InlineData("Digital Currency Address - XBT", IdentifierType.DigitalCurrencyAddress, 186)]
    [InlineData("Cedula No.", IdentifierType.NationalId, 437)]
    [InlineData("Unified Social Credit Code (USCC)", IdentifierType.RegistrationNumber, 59)]
    [InlineData("Government Gazette Number", IdentifierType.RegistrationNumber, 301)]
    public void Remarks_identifiers_are_all_read(string label, IdentifierType type, int expected)
    {
        var found = OfacTestLists.Sdn2023.Entities.SelectMany(e => e.Identifiers).Where(i => i.Label == label).ToList();
        Assert.Equal(expected, found.Count);
        Assert.All(found, i => Assert.Equal(type, i.Type));
    }

    [Fact]
    public void Remarks_gender_and_establishment_dates_are_all_read()
    {
        var entities = OfacTestLists.Sdn2023.Entities;
        Assert.Equal(4003, entities.Count(e => e.Gender != Gender.Unknown));
        Assert.Equal(1618, entities.Sum(e => e.IncorporationDates.Count));
    }

    private static void AssertCounts(LoadedList list, int entities, int persons, int organizations, int companies,
        int publicBodies, int vessels, int aircraft, int names)
    {
        Assert.Equal(entities, list.Entities.Count);
        var bySchema = list.CountBySchema();
        int Count(Schema s) => bySchema.GetValueOrDefault(s);
        Assert.Equal(
            [persons, organizations, companies, publicBodies, vessels, aircraft],
            new[] { Schema.Person, Schema.Organization, Schema.Company, Schema.PublicBody, Schema.Vessel, Schema.Aircraft }.Select(Count));
        Assert.Equal(names, list.Entities.Sum(e => e.Names.Count));
        Assert.Equal(entities, list.Entities.Select(e => e.Id).Distinct().Count());
    }
}
