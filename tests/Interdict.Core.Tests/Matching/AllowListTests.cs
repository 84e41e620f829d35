using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Tests.Matching;

/// <summary>A firm's allow-list entries clear the hits of the party they describe, and only of that party.</summary>
public class AllowListTests
{
    private static readonly ListVersion Sanctions = new("ofac-sdn", "test", null, [], "sdn-hash");
    private static readonly ListVersion Cleared = new("own-cleared", "test", null, [], "allow-hash", ListKind.Allow);

    private static Entity Person(ListVersion version, string id, string name, string birthDate, string? nationality = null)
    {
        var builder = new EntityBuilder(id, Schema.Person);
        builder.AddName(new EntityName(name, NameKind.Primary));
        builder.BirthDates.Add(DateParser.Parse(birthDate)!);
        EntityBuilder.AddDistinct(builder.Nationalities, nationality);
        return builder.Build(version);
    }

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(
    [
        new LoadedList(Sanctions,
        [
            Person(Sanctions, "ofac-sdn:1", "Ivan SIDOROV", "1961-11"),
            Person(Sanctions, "ofac-sdn:2", "Olga SIDOROVA", "1963"),
        ]),
        new LoadedList(Cleared, [Person(Cleared, "own-cleared:A-17", "Ivan Sidorov", "1984-02-29", "DE")]),
    ]);

    [Fact]
    public void The_cleared_party_sees_its_hit_flagged_with_the_entry_that_clears_it()
    {
        var result = Assert.Single(Index.Screen(new ScreeningQuery("Ivan Sidorov", BirthDate: DateParser.Parse("1984-02-29"))));

        Assert.Equal("ofac-sdn:1", result.Entity.Id);
        Assert.True(result.IsMatch);
        Assert.False(result.IsAlert);
        Assert.Equal("own-cleared:A-17", result.ClearedBy?.Entity.Id);
    }

    [Fact]
    public void A_query_that_conflicts_with_the_cleared_entry_is_not_cleared()
    {
        var byDate = Assert.Single(Index.Screen(new ScreeningQuery("Ivan Sidorov", BirthDate: DateParser.Parse("1961-11"))));
        var byCountry = Assert.Single(Index.Screen(new ScreeningQuery("Ivan Sidorov", Countries: ["Russia"])));

        Assert.True(byDate.IsAlert);
        Assert.Null(byDate.ClearedBy);
        Assert.True(byCountry.IsAlert);
    }

    [Fact]
    public void Allow_entries_are_never_results_and_apply_whatever_sources_are_asked_for()
    {
        var results = Index.Screen(new ScreeningQuery("Ivan Sidorov", Sources: new HashSet<string> { "ofac-sdn" }, IncludeNonMatches: true));

        Assert.DoesNotContain(results, r => r.Entity.SourceId == "own-cleared");
        Assert.Equal(["ofac-sdn:1", "ofac-sdn:2"], results.Select(r => r.Entity.Id));
        Assert.All(results, r => Assert.Equal("own-cleared:A-17", r.ClearedBy?.Entity.Id));
    }

    [Fact]
    public void A_name_the_allow_list_does_not_hold_is_not_cleared()
    {
        var result = Assert.Single(Index.Screen(new ScreeningQuery("Olga Sidorova")));

        Assert.Equal("ofac-sdn:2", result.Entity.Id);
        Assert.True(result.IsAlert);
    }
}
