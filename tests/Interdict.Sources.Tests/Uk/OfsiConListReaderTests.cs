using Interdict.Core.Model;
using Interdict.Sources.Uk;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Uk;

public class OfsiConListReaderTests
{
    private static readonly Lazy<LoadedList> Latest = new(() => OfsiConListReader.ReadXlsx(Path("2025-04-14")));

    internal static string Path(string date) => SharedData.Lists("uk", $"OFSI_ConList_{date}.xlsx");

    private static Entity Get(string id) => Latest.Value.Entities.Single(e => e.Id == id);

    // Counted from the workbooks with a separate Python script (zipfile + ElementTree): distinct Group IDs by Group
    // Type, and per group the distinct texts of "Name 1 … Name 5 Name 6" and of Name Non-Latin Script.
    // 2025-04-14 has 18,798 name rows, 2023-06-05 16,823.
    [Theory]
    [InlineData("2025-04-14", 3663, 1010, 15, 15966)]
    [InlineData("2023-06-05", 3231, 747, 15, 13768)]
    public void Reads_every_designation_of_each_published_workbook(string date, int persons, int organizations, int vessels, int names)
    {
        var list = OfsiConListReader.ReadXlsx(Path(date));

        Assert.Equal(persons, list.Entities.Count(e => e.Schema == Schema.Person));
        Assert.Equal(organizations, list.Entities.Count(e => e.Schema == Schema.Organization));
        Assert.Equal(vessels, list.Entities.Count(e => e.Schema == Schema.Vessel));
        Assert.Equal(persons + organizations + vessels, list.Entities.Count);
        Assert.Equal(names, list.Entities.Sum(e => e.Names.Count));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), list.Version.Published);
        Assert.Equal("uk", list.Version.SourceId);
        Assert.Equal("OFSI ConList xlsx", list.Version.Format);
    }

    [Fact]
    public void Latest_workbook_has_4688_designations() => Assert.Equal(4688, Latest.Value.Entities.Count);

    [Fact]
    public void Alabuga_company_has_its_cyrillic_name_reference_and_address()
    {
        var alabuga = Get("uk:16407");

        Assert.Equal(Schema.Organization, alabuga.Schema);
        Assert.Equal("JOINT STOCK COMPANY ALABUGA SPECIAL ECONOMIC ZONE PRODUCTION AND INDUSTRIAL TYPE", alabuga.Caption);
        var cyrillic = Assert.Single(alabuga.Names, n => n.Value == "АКЦИОНЕРНОЕ ОБЩЕСТВО ОСОБАЯ ЭКОНОМИЧЕСКАЯ ЗОНА ПРОМЫШЛЕННО-ПРОИЗВОДСТВЕННОГО ТИПА АЛАБУГА");
        Assert.Equal(("Cyrillic", "Russian", NameKind.Primary), (cyrillic.Script, cyrillic.Language, cyrillic.Kind));
        var reference = Assert.Single(alabuga.Identifiers, i => i.Type == IdentifierType.ListReference);
        Assert.Equal(("RUS2080", "UK Sanctions List Ref"), (reference.Value, reference.Label));
        var address = Assert.Single(alabuga.Addresses);
        Assert.Equal("Russia", address.Country);
        Assert.Equal("423600", address.PostalCode);
        Assert.Equal("Russia", Assert.Single(alabuga.Programs));
        Assert.Equal(new DateOnly(2024, 2, 22), alabuga.ListedOn);
        Assert.Contains(alabuga.Remarks, r => r.StartsWith("UK Statement of Reasons: ALABUGA SPECIAL ECONOMIC ZONE", StringComparison.Ordinal));
        Assert.Contains(alabuga.Identifiers, i => i.Type == IdentifierType.Website && i.Value == "alabuga.ru");
    }

    [Fact]
    public void Person_rows_become_one_entity_with_every_name_and_birth_year()
    {
        var kony = Get("uk:13378");

        Assert.Equal(Schema.Person, kony.Schema);
        // "Name 1" ALI, "Name 6" KONY: given names first, surname last.
        Assert.Equal("ALI KONY", kony.Caption);
        var onePee = Assert.Single(kony.Names, n => n.Value == "1-P");
        Assert.Equal((NameKind.Alias, NameQuality.Low), (onePee.Kind, onePee.Quality));
        var labolo = Assert.Single(kony.Names, n => n.Value == "Ali Mohammad LABOLO");
        Assert.Equal((NameKind.Alias, NameQuality.Good), (labolo.Kind, labolo.Quality));
        Assert.Equal(15, kony.Names.Count);
        Assert.Equal(["1994", "1993", "1995", "1992"], kony.BirthDates.Select(d => d.ToString()));
        Assert.Contains(kony.Identifiers, i => i.Type == IdentifierType.ListReference && i.Value == "CFi.010" && i.Label == "UN Ref");
        Assert.Contains(kony.Identifiers, i => i.Type == IdentifierType.ListReference && i.Value == "CAF0011");
    }

    [Fact]
    public void Primary_name_variation_and_gender_title_position()
    {
        var haq = Get("uk:15672");

        Assert.Equal("Mian Abdul HAQ", haq.Caption);
        Assert.Equal(NameKind.PrimaryVariation, haq.Names.Single(n => n.Value == "Mian MITHOO").Kind);
        Assert.Equal(Gender.Male, haq.Gender);
        Assert.Equal("Mr", Assert.Single(haq.Titles));
        Assert.Equal("Cleric (“Pir”) of Bharchundi Sharif Shrine", Assert.Single(haq.Positions));
        Assert.Equal("Pakistan", Assert.Single(haq.Nationalities));
    }

    [Fact]
    public void Ship_has_its_imo_number_and_vessel_details()
    {
        var ship = Get("uk:13651");

        Assert.Equal(Schema.Vessel, ship.Schema);
        Assert.Equal("SAM JONG 2", ship.Caption);
        Assert.Equal(9, ship.Names.Count);
        var imo = Assert.Single(ship.Identifiers, i => i.Type == IdentifierType.Imo);
        Assert.Equal("7408873", imo.Value);
        Assert.NotNull(ship.Vessel);
        Assert.Equal(("North Korea", "Oil tanker", "1676", "1975", "Korea Samjong Shipping"),
            (ship.Vessel.Flag, ship.Vessel.Type, ship.Vessel.Tonnage, ship.Vessel.BuildYear, ship.Vessel.Owner));
        Assert.Equal(["Russia"], ship.Vessel.FormerFlags!);
        Assert.Contains("Length of ship: 80", ship.Remarks);
    }

    [Fact]
    public void Business_registration_numbers_are_split_and_typed_by_their_labels()
    {
        var salyut = Get("uk:16767");

        Assert.Contains(salyut.Identifiers, i => i.Type == IdentifierType.TaxId && i.Value == "5261079332" && i.Label == "Business Reg No: INN");
        Assert.Contains(salyut.Identifiers, i => i.Type == IdentifierType.RegistrationNumber && i.Value == "1125261000040");
        Assert.Contains(salyut.Links, l => l.Relation == "Parent company" && l.TargetName.StartsWith("Joint-Stock Company", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_listed_as_alias_before_its_primary_row_is_still_the_caption()
    {
        // Row 12004 gives MECHANICAL CONSTRUCTION FACTORY as an AKA, row 12005 as the primary name.
        var factory = Get("uk:12429");

        Assert.Equal("MECHANICAL CONSTRUCTION FACTORY", factory.Caption);
        Assert.Equal(NameKind.Primary, factory.Names[0].Kind);
        Assert.Equal(11, factory.Names.Count);
    }

    [Fact]
    public void Each_number_in_a_registration_item_gets_the_words_before_it()
    {
        // "1117746568829 (Russia). Tax ID No. 7735579027 (Russia)"
        var company = Get("uk:15325");

        Assert.Contains(company.Identifiers, i => i.Type == IdentifierType.RegistrationNumber && i.Value == "1117746568829" && i.Label == "Business Reg No");
        Assert.Contains(company.Identifiers, i => i.Type == IdentifierType.TaxId && i.Value == "7735579027" && i.Label == "Business Reg No: Tax ID No");
    }

    [Fact]
    public void Numbered_passport_cells_pair_numbers_with_their_details()
    {
        // Every passport in the list is an identifier, and none keeps a "(1)" numbering marker.
        var passports = Latest.Value.Entities.SelectMany(e => e.Identifiers).Where(i => i.Type == IdentifierType.Passport).ToList();

        Assert.NotEmpty(passports);
        Assert.DoesNotContain(passports, p => p.Value.Contains("(1)", StringComparison.Ordinal) || p.Value.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_designation_but_one_has_its_uk_sanctions_list_reference()
    {
        // One row of the list, Group ID 15878, has no "(UK Sanctions List Ref)" part.
        var without = Latest.Value.Entities.Where(e => !e.Identifiers.Any(i => i.Label == "UK Sanctions List Ref"));

        Assert.Equal("uk:15878", Assert.Single(without).Id);
        Assert.All(Latest.Value.Entities, e => Assert.True(e.Identifiers.Count(i => i.Label == "UK Sanctions List Ref") <= 1));
    }
}
