using Interdict.Core.Model;
using Interdict.Sources.Ofac;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>Single entries of the real CSV files, read into the model field by field.</summary>
public class OfacCsvEntryTests
{
    [Fact]
    public void Qods_aviation_industries_has_its_aliases_identifiers_programs_and_link()
    {
        var qods = OfacTestLists.Sdn2023.Get("ofac-sdn:16418");

        Assert.Equal(Schema.Organization, qods.Schema);
        Assert.Equal(new EntityName("QODS AVIATION INDUSTRIES", NameKind.Primary, NameQuality.Good), qods.Names[0]);
        Assert.Equal(
            ["QODS RESEARCH CENTER", "GHODS AVIATION INDUSTRIES", "LIGHT AIRPLANES DESIGN AND MANUFACTURING INDUSTRIES"],
            qods.Names.Skip(1).Select(n => n.Value));
        Assert.All(qods.Names.Skip(1), n => Assert.Equal((NameKind.Alias, NameQuality.Good), (n.Kind, n.Quality)));
        Assert.Equal(
            [
                new Identifier(IdentifierType.NationalId, "14005441856", "Iran", "National ID No."),
                new Identifier(IdentifierType.RegistrationNumber, "483250", "Iran", "Registration Number"),
            ],
            qods.Identifiers);
        Assert.Equal(["NPWMD", "IFSR", "IRAN-CON-ARMS-EO", "RUSSIA-EO14024"], qods.Programs);
        Assert.Equal(
            [new EntityLink("Linked To", "MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS", "ofac-sdn:10392")],
            qods.Links);
        Assert.Equal(["Additional Sanctions Information - Subject to Secondary Sanctions"], qods.Remarks);
        Assert.Equal(3, qods.Addresses.Count);
        Assert.All(qods.Addresses, a => Assert.Equal(("Tehran", "Iran"), (a.City, a.Country)));
    }

    [Fact]
    public void Alabuga_company_has_tax_and_registration_numbers_and_establishment_date()
    {
        var list = OfacCsvReader.Read("ofac-sdn", SharedData.Lists("ofac-sdn", "history", "sdn_2024-05-01.csv"), null, null, null);
        var alabuga = list.Get("ofac-sdn:45708");

        Assert.Equal("JOINT STOCK COMPANY SPECIAL ECONOMIC ZONE OF INDUSTRIAL PRODUCTION ALABUGA", alabuga.Caption);
        Assert.Equal(
            [
                new Identifier(IdentifierType.TaxId, "1646019914", "Russia", "Tax ID No."),
                new Identifier(IdentifierType.RegistrationNumber, "1061674037259", null, "Registration Number"),
                new Identifier(IdentifierType.RegistrationNumber, "95427882", "Russia", "Registration Number"),
            ],
            alabuga.Identifiers);
        Assert.Equal("2006-07-24", Assert.Single(alabuga.IncorporationDates).ToString());
        Assert.Equal(["RUSSIA-EO14024"], alabuga.Programs);
    }

    [Fact]
    public void Individual_has_birth_dates_places_nationality_gender_passport_and_positions()
    {
        var saleh = OfacTestLists.Sdn2023.Get("ofac-sdn:17387");

        Assert.Equal(Schema.Person, saleh.Schema);
        Assert.Equal("SALEH, Ali Abdullah", saleh.Caption);
        Assert.Equal(["1945-03-21", "1946-03-21", "1942-03-21", "1947-03-21"], saleh.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["Bayt al-Ahmar, Sana'a Governorate, Yemen", "Sana'a, Yemen"], saleh.PlacesOfBirth);
        Assert.Equal(["Yemen"], saleh.Nationalities);
        Assert.Equal(Gender.Male, saleh.Gender);
        Assert.Contains(
            new Identifier(IdentifierType.Passport, "00016161", "Yemen", "Passport", "issued 19 Jun 2012 expires 18 Jun 2018"),
            saleh.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Other, "01010744444", "Yemen", "Identification Number"), saleh.Identifiers);
        Assert.Equal(
            ["President of Yemen's General People's Congress party", "Former President of the Republic of Yemen"],
            saleh.Positions);
    }

    [Theory]
    [InlineData("ofac-sdn:7782", "circa 1951")]
    [InlineData("ofac-sdn:15496", "1929 to 1930")]
    public void Approximate_and_ranged_birth_dates_keep_their_precision(string id, string expected) =>
        Assert.Equal(expected, Assert.Single(OfacTestLists.Sdn2023.Get(id).BirthDates).ToString());

    [Fact]
    public void Vessel_has_imo_number_flag_and_weak_former_names()
    {
        var ebano = OfacTestLists.Sdn2023.Get("ofac-sdn:4243");

        Assert.Equal(Schema.Vessel, ebano.Schema);
        Assert.Equal(new VesselDetails(Type: "General Cargo", Flag: "Panama", Tonnage: "2595", GrossRegisteredTonnage: "1865"), ebano.Vessel);
        Assert.Equal(
            [new Identifier(IdentifierType.Imo, "7406784", null, "Vessel Registration Identification IMO")],
            ebano.Identifiers);
        Assert.Equal(
            [new EntityName("ANA I", NameKind.Former, NameQuality.Low), new EntityName("SAND SWAN", NameKind.Former, NameQuality.Low)],
            ebano.Names.Skip(1));
        Assert.Empty(ebano.Addresses);
    }

    [Fact]
    public void Aircraft_has_serial_numbers_model_operator_and_operator_link()
    {
        var aircraft = OfacTestLists.Sdn2023.Get("ofac-sdn:15431");

        Assert.Equal(Schema.Aircraft, aircraft.Schema);
        Assert.Equal("EP-GOM", aircraft.Caption);
        Assert.Equal(
            [
                new Identifier(IdentifierType.AircraftSerial, "8401", null, "Aircraft Construction Number (also called L/N or S/N or F/N)"),
                new Identifier(IdentifierType.AircraftSerial, "1023409321", null, "Aircraft Manufacturer's Serial Number (MSN)"),
            ],
            aircraft.Identifiers);
        Assert.Equal(new AircraftDetails(Model: "IL76-TD", Operator: "YAS AIR", ManufactureDate: "1992"), aircraft.Aircraft);
        Assert.Equal([new EntityLink("Linked To", "POUYA AIR", "ofac-sdn:13109")], aircraft.Links);
    }

    [Fact]
    public void Alias_from_the_remarks_is_weak_and_alias_from_alt_csv_is_strong()
    {
        var bank = OfacTestLists.Sdn2023.Get("ofac-sdn:306");

        Assert.Equal(
            [
                new EntityName("BANCO NACIONAL DE CUBA", NameKind.Primary, NameQuality.Good),
                new EntityName("NATIONAL BANK OF CUBA", NameKind.Alias, NameQuality.Good),
                new EntityName("BNC", NameKind.Alias, NameQuality.Low),
            ],
            bank.Names);
        Assert.Empty(bank.Remarks);
        Assert.Equal(4, bank.Addresses.Count);
        Assert.Equal(new Address("Zweierstrasse 35", "Zurich CH-8022", Country: "Switzerland"), bank.Addresses[0]);
    }

    [Fact]
    public void Remarks_cut_at_1000_characters_are_completed_from_sdn_comments()
    {
        var li = OfacTestLists.SdnSet("2021-07").Get("ofac-sdn:28264");

        // "…; P" ends the remarks column and "hone Number 8613314257947; …" starts the comments row.
        Assert.Contains(new Identifier(IdentifierType.Phone, "8613314257947", null, "Phone Number"), li.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Other, "210302198701102136", "China", "Identification Number"), li.Identifiers);
        Assert.Contains(new EntityName("khaleesi", NameKind.Alias, NameQuality.Low), li.Names);
        Assert.Equal([new EntityLink("Linked To", "LAZARUS GROUP", "ofac-sdn:27307")], li.Links);
    }

    [Fact]
    public void Remarks_cut_at_1000_characters_are_completed_from_cons_comments()
    {
        var bank = OfacTestLists.ConsCsv.Get("ofac-cons:17016");

        Assert.Contains(new Identifier(IdentifierType.TaxId, "7744001497", "Russia", "Tax ID No."), bank.Identifiers);
        Assert.Contains(new Identifier(IdentifierType.Lei, "253400WSS48YWMBUA688", null, "Legal Entity Number"), bank.Identifiers);
        Assert.Equal(Schema.Company, bank.Schema);
        Assert.Contains("alt. Target Type State-Owned Enterprise", bank.Remarks);
        Assert.Equal("1990-07-31", Assert.Single(bank.IncorporationDates).ToString());
    }

    [Fact]
    public void Remarks_cut_without_a_continuation_keep_their_last_part_verbatim()
    {
        // 2023-12-28 has no sdn_comments.csv: the cut alias must not become a name.
        var entity = OfacTestLists.Sdn2023.Get("ofac-sdn:27307");

        Assert.Equal("a.k.a. 'WHOIS HACKIN", entity.Remarks[^1]);
        Assert.DoesNotContain(entity.Names, n => n.Value.StartsWith("WHOIS HACKIN", StringComparison.Ordinal));
    }

    [Fact]
    public void Unquoted_alt_csv_of_2022_reads_the_same_aliases()
    {
        var bank = OfacTestLists.SdnSet("2022-01-21").Get("ofac-sdn:906");
        Assert.Contains(new EntityName("HAVANA INTERNATIONAL BANK, LTD", NameKind.Alias, NameQuality.Good), bank.Names);
        var airline = OfacTestLists.SdnSet("2022-01-21").Get("ofac-sdn:36");
        Assert.Equal(["AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN"], airline.Names.Select(n => n.Value));
    }

    [Fact]
    public void Linked_to_a_name_several_entries_bear_as_primary_name_stays_unresolved()
    {
        var entity = OfacTestLists.Sdn2023.Get("ofac-sdn:20130");
        Assert.Equal([new EntityLink("Linked To", "MINISTRY OF STATE SECURITY")], entity.Links);
    }
}
