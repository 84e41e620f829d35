using Interdict.Core.Model;
using Interdict.Sources.Ofac;

namespace Interdict.Sources.Tests.Ofac;

/// <summary>The remarks parser on the wordings found in OFAC's files, and the label table behind it.</summary>
public class OfacParticularsTests
{
    [Fact]
    public void Quoted_alias_keeps_apostrophes_and_semicolons_inside_its_quotes()
    {
        var parts = OfacRemarkSplitter.Split("DOB 1962; a.k.a. 'AL-QA'QA'; a.k.a. 'ONE; TWO'; alt. f.k.a. 'O'BRIEN'; Linked To: X");
        Assert.Equal(["DOB 1962", "a.k.a. 'AL-QA'QA'", "a.k.a. 'ONE; TWO'", "alt. f.k.a. 'O'BRIEN'", "Linked To: X"], parts);
    }

    [Fact]
    public void Place_of_birth_starting_with_an_apostrophe_ends_at_the_next_separator()
    {
        // OFAC's 'Aniza (with an ayn) is not a quoted value.
        var parts = OfacRemarkSplitter.Split("POB 'Aniza, Saudi Arabia; nationality Saudi Arabia; a.k.a. 'THABIT, Shaykh Abu'");
        Assert.Equal(["POB 'Aniza, Saudi Arabia", "nationality Saudi Arabia", "a.k.a. 'THABIT, Shaykh Abu'"], parts);
    }

    [Theory]
    [InlineData("Passport 1084010 (Egypt)", IdentifierType.Passport, "1084010", "Egypt", "Passport", null)]
    [InlineData("alt. Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001", IdentifierType.Passport, "L 191609", null, "Passport", "issued 28 Feb 1996 expires 27 Feb 2001")]
    [InlineData("Folio Mercantil No. 343997 (Mexico) issued 14 Dec 2005", IdentifierType.RegistrationNumber, "343997", "Mexico", "Folio Mercantil No.", "issued 14 Dec 2005")]
    [InlineData("Registration Number HRA 738077 (Stuttgart) (Germany)", IdentifierType.RegistrationNumber, "HRA 738077 (Stuttgart)", "Germany", "Registration Number", null)]
    [InlineData("Telephone (357)(22660766)", IdentifierType.Phone, "(357)(22660766)", null, "Telephone", null)]
    [InlineData("Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", IdentifierType.DigitalCurrencyAddress, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null, "Digital Currency Address - XBT", null)]
    [InlineData("Digital Currency Address - DOGE DAbc123", IdentifierType.DigitalCurrencyAddress, "DOGE DAbc123", null, "Digital Currency Address", null)]
    [InlineData("Vessel Registration Identification IMO 7406784", IdentifierType.Imo, "7406784", null, "Vessel Registration Identification IMO", null)]
    [InlineData("Vessel Registration Identification RS 12345", IdentifierType.Other, "RS 12345", null, "Vessel Registration Identification", null)]
    [InlineData("Email:adelb@shabakah.net.sa", IdentifierType.Email, "adelb@shabakah.net.sa", null, "Email", null)]
    [InlineData("PHONE 123", IdentifierType.Phone, "123", null, "PHONE", null)]
    public void Identifier_parts_give_value_country_label_and_note(string part, IdentifierType type, string value,
        string? country, string label, string? note)
    {
        var entity = Apply(Schema.Organization, part);
        Assert.Equal(new Identifier(type, value, country, label, note), Assert.Single(entity.Identifiers));
        Assert.Empty(entity.Remarks);
    }

    [Fact]
    public void Labelled_attributes_go_to_their_fields()
    {
        var entity = Apply(Schema.Person,
            "DOB 10 Dec 1948", "alt. DOB circa 1950", "POB Cairo, Egypt", "nationality Egypt", "citizen Qatar",
            "Gender Male", "Position: Director", "n.k.a. 'NEW NAME'", "d.b.a. 'SHOP'", "(Linked To: SOME GROUP)");

        Assert.Equal(["1948-12-10", "circa 1950"], entity.BirthDates.Select(d => d.ToString()));
        Assert.Equal(["Cairo, Egypt"], entity.PlacesOfBirth);
        Assert.Equal(["Egypt"], entity.Nationalities);
        Assert.Equal(["Qatar"], entity.Citizenships);
        Assert.Equal(Gender.Male, entity.Gender);
        Assert.Equal(["Director"], entity.Positions);
        Assert.Equal(
            [new EntityName("NEW NAME", NameKind.NowKnownAs, NameQuality.Low), new EntityName("SHOP", NameKind.Alias, NameQuality.Low)],
            entity.Names);
        Assert.Equal([new EntityLink("Linked To", "SOME GROUP")], entity.Links);
        Assert.Empty(entity.Remarks);
    }

    [Fact]
    public void Vessel_and_aircraft_details_are_filled_and_a_second_value_is_kept_in_the_remarks()
    {
        var vessel = Apply(Schema.Vessel, "Former Vessel Flag Malta", "alt. Former Vessel Flag Tanzania", "Vessel Year of Build 1999");
        Assert.Equal(["Malta", "Tanzania"], vessel.Vessel!.FormerFlags);
        Assert.Equal("1999", vessel.Vessel.BuildYear);

        var aircraft = Apply(Schema.Aircraft, "Aircraft Model A320", "Aircraft Operator Mahan Air", "alt. Aircraft Operator Iran Air",
            "Aircraft Manufacture Date Sep 1992", "Aircraft Tail Number EP-ABC");
        Assert.Equal(new AircraftDetails("A320", "Mahan Air", "Sep 1992"), aircraft.Aircraft);
        Assert.Equal(["alt. Aircraft Operator Iran Air"], aircraft.Remarks);
        Assert.Equal(IdentifierType.AircraftTailNumber, Assert.Single(aircraft.Identifiers).Type);
    }

    [Theory]
    [InlineData("Target Type Private Company", Schema.Organization, Schema.Company)]
    [InlineData("Target Type State-Owned Enterprise", Schema.Organization, Schema.Company)]
    [InlineData("Target Type Government Entity", Schema.Organization, Schema.PublicBody)]
    [InlineData("Target Type Unrecognized Government Entity", Schema.Organization, Schema.Organization)]
    [InlineData("Target Type Financial Institution", Schema.Organization, Schema.Organization)]
    [InlineData("Target Type Private Company", Schema.Vessel, Schema.Vessel)]
    public void Target_type_refines_an_organization_and_stays_in_the_remarks(string part, Schema schema, Schema expected)
    {
        var entity = Apply(schema, part);
        Assert.Equal(expected, entity.Schema);
        Assert.Equal([part], entity.Remarks);
    }

    [Theory]
    [InlineData("Member of the State Duma of the Federal Assembly of the Russian Federation")]
    [InlineData("Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886")]
    [InlineData("DOB circa 1979-1982")]
    [InlineData("Gender Unknown")]
    [InlineData("Passport")]
    [InlineData("Passports 123")]
    public void Parts_without_a_readable_label_and_value_stay_verbatim(string part)
    {
        var entity = Apply(Schema.Person, part);
        Assert.Equal([part], entity.Remarks);
        Assert.Empty(entity.Identifiers);
        Assert.Empty(entity.BirthDates);
    }

    [Fact]
    public void Cut_remarks_keep_their_last_part_verbatim()
    {
        var entity = new EntityBuilder("x", Schema.Person);
        OfacParticulars.ApplyRemarks(entity, "Passport 123 (Iran); Passport 45", lastPartCut: true);
        Assert.Equal("123", Assert.Single(entity.Identifiers).Value);
        Assert.Equal(["Passport 45"], entity.Remarks);
    }

    [Fact]
    public void Nothing_labelled_for_a_field_is_left_in_the_remarks_of_2023()
    {
        // Entries whose remarks column is 1,000 characters without a closing full stop, counted with Python:
        // 2023-12-28 has no sdn_comments.csv, so their last part is cut (42496's just after a "; ", so it is whole).
        string[] cut = ["17018", "27307", "28263", "28264", "29703", "30518", "31212", "33151", "33854", "36216",
            "37070", "39585", "39593", "39796", "45430"];
        var leftovers = OfacTestLists.Sdn2023.Entities
            .SelectMany(e => e.Remarks.Select(r => (Entry: e, Remark: r)))
            .Where(x => OfacLabelTable.Instance.Match(x.Remark) is { Label.Target: not (OfacTarget.Remark or OfacTarget.Schema) })
            .Select(x => x.Remark == x.Entry.Remarks[^1] && cut.Contains(x.Entry.Id["ofac-sdn:".Length..]) ? "cut" : x.Remark)
            .ToList();

        // Free text, program notes and unparsed values aside, what stays is the cut parts and one range OFAC wrote
        // as "1979-1982".
        Assert.Equal(["DOB circa 1979-1982"], leftovers.Where(r => r != "cut"));
        Assert.Contains("cut", leftovers);
    }

    private static EntityBuilder Apply(Schema schema, params string[] parts)
    {
        var entity = new EntityBuilder("x", schema);
        foreach (var part in parts) OfacParticulars.ApplyPart(entity, part);
        return entity;
    }
}
