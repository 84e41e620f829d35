using Interdict.Core.Model;
using Interdict.Sources.Own;

namespace Interdict.Sources.Tests.Own;

public sealed class OwnListReaderTests
{
    private static readonly LoadedList Block = OwnCsvReader.Read(OwnListExamples.BlockCsv);
    private static readonly LoadedList Allow = OwnJsonLinesReader.Read(OwnListExamples.AllowJsonLines);

    [Fact]
    public void Csv_block_list_states_its_source_kind_and_date()
    {
        Assert.Equal("own-acme-blocked", Block.Version.SourceId);
        Assert.Equal("Interdict own list CSV", Block.Version.Format);
        Assert.Equal(ListKind.Block, Block.Version.Kind);
        Assert.Equal(new DateOnly(2026, 11, 2), Block.Version.Published);
        Assert.Equal(
            new Dictionary<Schema, int> { [Schema.Person] = 2, [Schema.Company] = 1, [Schema.Vessel] = 1, [Schema.Organization] = 1 },
            Block.CountBySchema());
    }

    [Fact]
    public void Csv_person_has_names_birth_month_nationality_identifiers_and_notes()
    {
        var person = Entity(Block, "own-acme-blocked:B-0001");

        Assert.Equal(Schema.Person, person.Schema);
        Assert.Equal(
            [
                new EntityName("Ivan Petrovich SIDOROV", NameKind.Primary),
                new EntityName("Иван Петрович Сидоров", NameKind.Alias, Script: "Cyrillic"),
                new EntityName("SIDOROV Ivan", NameKind.Alias),
            ],
            person.Names);
        Assert.Equal([new FuzzyDate(new PartialDate(1961, 11))], person.BirthDates);
        Assert.Equal(["RU"], person.Nationalities);
        Assert.Equal(
            [
                new Identifier(IdentifierType.Passport, "4509123456", "RU", "passport"),
                new Identifier(IdentifierType.TaxId, "770708389312", "RU", "inn"),
            ],
            person.Identifiers);
        // The quoted cell keeps its comma and semicolon: only '|' separates values, and notes is one value.
        Assert.Equal(["Former supplier; invoice fraud, 2024"], person.Remarks);
    }

    [Fact]
    public void Csv_arabic_alias_two_birth_dates_and_country_names_resolve()
    {
        var person = Entity(Block, "own-acme-blocked:B-0004");

        Assert.Equal(new EntityName("طارق الحمداني", NameKind.Alias, Script: "Arabic"), person.Names[1]);
        Assert.Equal([new FuzzyDate(new PartialDate(1975)), new FuzzyDate(new PartialDate(1976, 3, 14))], person.BirthDates);
        Assert.Equal(["IQ", "JO"], person.Nationalities);
        Assert.Empty(person.Identifiers);
    }

    [Fact]
    public void Csv_company_and_vessel_countries_become_country_only_addresses()
    {
        var company = Entity(Block, "own-acme-blocked:B-0002");
        var vessel = Entity(Block, "own-acme-blocked:B-0003");

        Assert.Equal(Schema.Company, company.Schema);
        Assert.Equal([new Address(Country: "DE"), new Address(Country: "CY")], company.Addresses);
        Assert.Empty(company.Nationalities);
        Assert.Equal(
            [
                new Identifier(IdentifierType.RegistrationNumber, "HRB 123456", "DE", "registration-number"),
                new Identifier(IdentifierType.Lei, "5299001ABCDEF1234567", null, "lei"),
            ],
            company.Identifiers);
        Assert.Equal(["Nordlicht Handels GmbH", "Nordlicht Trading", "NLH GmbH"], company.Names.Select(n => n.Value));
        Assert.Equal(Schema.Vessel, vessel.Schema);
        Assert.Equal([new Address(Country: "PA")], vessel.Addresses);
        Assert.Equal([new Identifier(IdentifierType.Imo, "9123456", null, "imo")], vessel.Identifiers);
        Assert.Empty(vessel.Remarks);
    }

    [Fact]
    public void Json_lines_allow_list_states_its_source_kind_and_date()
    {
        Assert.Equal("own-acme-cleared", Allow.Version.SourceId);
        Assert.Equal("Interdict own list JSON lines", Allow.Version.Format);
        Assert.Equal(ListKind.Allow, Allow.Version.Kind);
        Assert.Equal(new DateOnly(2026, 10, 15), Allow.Version.Published);
        Assert.Equal(new Dictionary<Schema, int> { [Schema.Person] = 2, [Schema.Company] = 1 }, Allow.CountBySchema());
        Assert.Equal(["own-acme-cleared:A-17", "own-acme-cleared:A-18", "own-acme-cleared:A-19"], Allow.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Json_lines_person_has_leap_day_birth_date_cyrillic_alias_and_passport()
    {
        var person = Entity(Allow, "own-acme-cleared:A-17");

        Assert.Equal(
            [new EntityName("Ivan Sidorov", NameKind.Primary), new EntityName("Иван Сидоров", NameKind.Alias, Script: "Cyrillic")],
            person.Names);
        Assert.Equal([new FuzzyDate(new PartialDate(1984, 2, 29))], person.BirthDates);
        Assert.Equal(["DE"], person.Nationalities);
        Assert.Equal([new Identifier(IdentifierType.Passport, "C01X00T47", "DE", "passport")], person.Identifiers);
        Assert.Equal(["Cleared 2026-03: namesake of a blocked person, other birth date and passport"], person.Remarks);
    }

    [Fact]
    public void Json_lines_values_may_hold_colons_and_country_names()
    {
        var company = Entity(Allow, "own-acme-cleared:A-18");
        var person = Entity(Allow, "own-acme-cleared:A-19");

        Assert.Equal([new Address(Country: "AT")], company.Addresses);
        Assert.Equal(
            [
                new Identifier(IdentifierType.RegistrationNumber, "FN 161536 v", "AT", "registration-number"),
                new Identifier(IdentifierType.Website, "https://alpen-logistik.example", null, "website"),
            ],
            company.Identifiers);
        Assert.Empty(company.Remarks);
        Assert.Equal(["Muhammad Ali Khan", "محمد علی خان", "M. A. Khan"], person.Names.Select(n => n.Value));
        Assert.Equal("Arabic", person.Names[1].Script);
        Assert.Equal([new FuzzyDate(new PartialDate(1990))], person.BirthDates);
        Assert.Equal(["PK", "GB"], person.Nationalities);
    }

    [Fact]
    public void Every_entity_carries_its_lists_version_and_kind()
    {
        Assert.All(Block.Entities, e => Assert.Same(Block.Version, e.Version));
        Assert.All(Allow.Entities, e => Assert.Equal(ListKind.Allow, e.Version.Kind));
    }

    private static Entity Entity(LoadedList list, string id) => Assert.Single(list.Entities, e => e.Id == id);
}
