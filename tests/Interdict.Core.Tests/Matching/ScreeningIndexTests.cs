using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Tests.Matching;

/// <summary>The index over hand-built entities that carry names and facts copied from the real lists.</summary>
public class ScreeningIndexTests
{
    private static readonly ListVersion Uk = new("uk", "test", new DateOnly(2025, 4, 14), [], "uk-hash");
    private static readonly ListVersion Ofac = new("ofac-sdn", "test", null, [], "ofac-hash");

    private static Entity Build(ListVersion version, string id, Schema schema, Action<EntityBuilder> fill)
    {
        var builder = new EntityBuilder(id, schema);
        fill(builder);
        return builder.Build(version);
    }

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(
    [
        new LoadedList(Uk,
        [
            Build(Uk, "uk:16407", Schema.Organization, b =>
            {
                b.AddName(new EntityName("JOINT STOCK COMPANY ALABUGA SPECIAL ECONOMIC ZONE PRODUCTION AND INDUSTRIAL TYPE", NameKind.Primary));
                b.AddName(new EntityName("АКЦИОНЕРНОЕ ОБЩЕСТВО ОСОБАЯ ЭКОНОМИЧЕСКАЯ ЗОНА ПРОМЫШЛЕННО-ПРОИЗВОДСТВЕННОГО ТИПА АЛАБУГА", NameKind.Primary, Script: "Cyrillic", Language: "Russian"));
                b.Addresses.Add(new Address(Country: "RU"));
            }),
            Build(Uk, "uk:12701", Schema.Person, b =>
            {
                b.AddName(new EntityName("Abdul Satar ABDUL MANAN", NameKind.Primary));
                b.AddName(new EntityName("ABDULASATTAR", NameKind.Alias, NameQuality.Low));
                b.BirthDates.Add(DateParser.Parse("1964")!);
            }),
        ]),
        new LoadedList(Ofac,
        [
            Build(Ofac, "ofac-sdn:16418", Schema.Organization, b =>
            {
                b.AddName(new EntityName("QODS AVIATION INDUSTRIES", NameKind.Primary));
                b.AddName(new EntityName("GHODS AVIATION INDUSTRIES", NameKind.Alias, NameQuality.Good));
                b.Addresses.Add(new Address(City: "Tehran", Country: "IR"));
            }),
            Build(Ofac, "ofac-sdn:15007", Schema.Person, b =>
            {
                b.AddName(new EntityName("BARAKZAI, Haji Abdul Sattar", NameKind.Primary));
                b.BirthDates.Add(DateParser.Parse("1964")!);
                b.Nationalities.Add("AF");
            }),
            Build(Ofac, "ofac-sdn:4243", Schema.Vessel, b =>
            {
                b.AddName(new EntityName("EBANO", NameKind.Primary));
                b.Identifiers.Add(new Identifier(IdentifierType.Imo, "7406784", Label: "Vessel Registration Identification IMO"));
            }),
            Build(Ofac, "ofac-sdn:36999", Schema.Organization, b =>
            {
                b.AddName(new EntityName("LIMITED LIABILITY COMPANY PROMTEKHNOLOGIYA", NameKind.Primary));
                b.AddName(new EntityName("ORSIS", NameKind.Alias, NameQuality.Low));
                b.Identifiers.Add(new Identifier(IdentifierType.TaxId, "7708696860", "Russia", "Tax ID No."));
            }),
            Build(Ofac, "ofac-sdn:2676", Schema.Person, b =>
            {
                b.AddName(new EntityName("AL ZAWAHIRI, Dr. Ayman", NameKind.Primary));
                b.Gender = Gender.Male;
            }),
            Build(Ofac, "ofac-sdn:35937", Schema.Organization, b => b.AddName(new EntityName("MOLECULAR ELECTRONICS RESEARCH INSTITUTE, JOINT STOCK COMPANY", NameKind.Primary))),
            Build(Uk, "uk:test-initials", Schema.Organization, b => b.AddName(new EntityName("OUIS", NameKind.Alias))),
            Build(Ofac, "uk:test-generic", Schema.Company, b => b.AddName(new EntityName("TECHNOLOGY AND DEVELOPMENT GROUP LIMITED", NameKind.Primary))),
        ]),
    ]);

    [Fact]
    public void Finds_an_organisation_by_the_distinctive_part_of_its_name()
    {
        var results = Index.Screen(new ScreeningQuery("Alabuga Special Economic Zone"));
        Assert.Equal("uk:16407", results[0].Entity.Id);
        Assert.True(results[0].IsMatch);
    }

    [Fact]
    public void Finds_an_organisation_from_a_cyrillic_query()
    {
        var results = Index.Screen(new ScreeningQuery("Алабуга", Schema.Organization));
        Assert.Equal("uk:16407", Assert.Single(results).Entity.Id);
        Assert.True(results[0].IsMatch);
    }

    [Fact]
    public void Finds_a_romanisation_variant_and_says_so()
    {
        var result = Assert.Single(Index.Screen(new ScreeningQuery("Godz Aviation Industries")));
        Assert.Equal("ofac-sdn:16418", result.Entity.Id);
        Assert.Contains("GHODS AVIATION INDUSTRIES", result.Explanation.ToString());
    }

    [Fact]
    public void Schema_and_source_filters_apply()
    {
        Assert.Empty(Index.Screen(new ScreeningQuery("Alabuga Special Economic Zone", Schema.Person)));
        Assert.Empty(Index.Screen(new ScreeningQuery("Alabuga Special Economic Zone", Sources: new HashSet<string> { "ofac-sdn" })));
        Assert.Single(Index.Screen(new ScreeningQuery("EBANO", Schema.Vessel)));
        Assert.Throws<ArgumentException>(() => Index.Screen(new ScreeningQuery("EBANO", Sources: new HashSet<string> { "eu" })));
    }

    [Fact]
    public void A_weak_alias_alone_does_not_alert_but_a_matching_birth_date_confirms_it()
    {
        var alone = Index.Screen(new ScreeningQuery("ABDULASATTAR", IncludeNonMatches: true));
        var hit = Assert.Single(alone, r => r.Entity.Id == "uk:12701");
        Assert.False(hit.IsMatch);
        Assert.Contains("weak name", hit.Explanation.ToString());

        var lowThreshold = Index.Screen(new ScreeningQuery("ABDULASATTAR", Threshold: 0.5, IncludeNonMatches: true));
        Assert.False(Assert.Single(lowThreshold, r => r.Entity.Id == "uk:12701").IsMatch);

        var confirmed = Index.Screen(new ScreeningQuery("ABDULASATTAR", BirthDate: DateParser.Parse("1964-03-01")));
        Assert.Equal("uk:12701", confirmed[0].Entity.Id);
        Assert.True(confirmed[0].IsMatch);
    }

    [Fact]
    public void A_birth_date_conflict_lowers_the_score_and_is_explained()
    {
        var agreeing = Index.Screen(new ScreeningQuery("Abdul Sattar BARAKZAI", Schema.Person, DateParser.Parse("1964")))[0];
        var conflicting = Index.Screen(new ScreeningQuery("Abdul Sattar BARAKZAI", Schema.Person, DateParser.Parse("1980"), IncludeNonMatches: true))[0];
        Assert.Equal("ofac-sdn:15007", conflicting.Entity.Id);
        Assert.True(agreeing.Score - conflicting.Score >= MatchingOptions.Default.BirthDateConflict);
        var evidence = Assert.Single(conflicting.Explanation.Evidence);
        Assert.Equal(EvidenceOutcome.Conflicts, evidence.Outcome);
    }

    [Fact]
    public void A_country_conflict_lowers_the_score()
    {
        var plain = Index.Screen(new ScreeningQuery("QODS AVIATION INDUSTRIES"))[0].Score;
        var elsewhere = Index.Screen(new ScreeningQuery("QODS AVIATION INDUSTRIES", Countries: ["FR"], IncludeNonMatches: true))[0].Score;
        Assert.Equal(MatchingOptions.Default.CountryConflict, plain - elsewhere, 3);
    }

    [Fact]
    public void An_identifier_alone_finds_its_entity_and_is_explained()
    {
        var result = Assert.Single(Index.Screen(new ScreeningQuery("Unknown Trading", Identifiers: [new QueryIdentifier("7708 696 860")])));
        Assert.Equal("ofac-sdn:36999", result.Entity.Id);
        Assert.Equal(MatchingOptions.Default.IdentifierMatch, result.Score);
        Assert.True(result.IsMatch);
        Assert.Contains("identifier agrees (Tax ID No. 7708696860)", result.Explanation.ToString());
    }

    [Fact]
    public void An_identifier_and_the_name_together_score_highest()
    {
        var result = Index.Screen(new ScreeningQuery("OOO Promtekhnologiya", Identifiers: [new QueryIdentifier("7708696860")]))[0];
        Assert.Equal("ofac-sdn:36999", result.Entity.Id);
        Assert.Equal(1.0, result.Score);
    }

    [Fact]
    public void Another_imo_number_is_a_conflict_and_a_short_number_is_ignored()
    {
        var same = Index.Screen(new ScreeningQuery("EBANO", Schema.Vessel, Identifiers: [new QueryIdentifier("7406784", IdentifierType.Imo)]))[0];
        var other = Index.Screen(new ScreeningQuery("EBANO", Schema.Vessel, Identifiers: [new QueryIdentifier("9999999", IdentifierType.Imo)], IncludeNonMatches: true))[0];
        Assert.Equal(1.0, same.Score);
        Assert.Equal(1.0 - MatchingOptions.Default.IdentifierConflict, other.Score, 3);
        Assert.Empty(Index.Screen(new ScreeningQuery("Nobody", Identifiers: [new QueryIdentifier("7406")])));
    }

    [Fact]
    public void A_gender_conflict_lowers_the_score()
    {
        var male = Index.Screen(new ScreeningQuery("Ayman al-Zawahiri", Schema.Person, Gender: Gender.Male))[0];
        var female = Index.Screen(new ScreeningQuery("Ayman al-Zawahiri", Schema.Person, Gender: Gender.Female, IncludeNonMatches: true))[0];
        Assert.Equal(MatchingOptions.Default.GenderConflict, male.Score - female.Score, 3);
        Assert.Contains("gender conflicts", female.Explanation.ToString());
    }

    [Fact]
    public void A_name_of_common_words_only_is_found_by_them_but_not_by_a_part_of_them()
    {
        Assert.Equal("uk:test-generic", Index.Screen(new ScreeningQuery("Technology and Development Group Ltd"))[0].Entity.Id);
        Assert.Empty(Index.Screen(new ScreeningQuery("Development Group", Schema.Company)));
    }

    [Fact]
    public void An_organisation_is_found_by_its_initials_and_initials_by_the_full_name()
    {
        var byInitials = Assert.Single(Index.Screen(new ScreeningQuery("MERI", Schema.Organization)));
        Assert.Equal("ofac-sdn:35937", byInitials.Entity.Id);
        Assert.Equal(MatchingOptions.Default.AcronymMatch, byInitials.Score);
        Assert.Contains("meri=molecular electronics research institute (initials)", byInitials.Explanation.ToString());

        var byFullName = Assert.Single(Index.Screen(new ScreeningQuery("Officers Union for International Security")));
        Assert.Equal("uk:test-initials", byFullName.Entity.Id);
    }

    [Fact]
    public void Initials_are_not_tried_for_people_or_short_words()
    {
        Assert.Empty(Index.Screen(new ScreeningQuery("MERI", Schema.Person)));
        Assert.Empty(Index.Screen(new ScreeningQuery("MER", Schema.Organization)));
    }

    [Fact]
    public void Given_names_alone_confirm_but_do_not_alert_when_the_family_name_is_known()
    {
        var given = Assert.Single(Index.Screen(new ScreeningQuery("Abdul Sattar", Schema.Person, IncludeNonMatches: true)), r => r.Entity.Id == "ofac-sdn:15007");
        Assert.False(given.IsMatch);
        Assert.Contains("given names only", given.Explanation.ToString());
        var withFamily = Index.Screen(new ScreeningQuery("Abdul Sattar Barakzai", Schema.Person))[0];
        Assert.Equal("ofac-sdn:15007", withFamily.Entity.Id);
        Assert.True(withFamily.IsMatch);
    }

    [Fact]
    public void Unrelated_names_find_nothing()
    {
        Assert.Empty(Index.Screen(new ScreeningQuery("Ingeborg Abrahamsen", Schema.Person)));
        Assert.Empty(Index.Screen(new ScreeningQuery("LLC")));
    }

    [Fact]
    public void Entity_ids_must_be_unique_across_lists() =>
        Assert.Throws<ArgumentException>(() => ScreeningIndex.Build([Index.Lists[0], Index.Lists[0]]));
}
