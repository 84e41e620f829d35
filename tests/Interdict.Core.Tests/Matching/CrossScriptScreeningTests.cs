using Interdict.Core.Matching;
using Interdict.Core.Model;

namespace Interdict.Core.Tests.Matching;

/// <summary>Screening across scripts, on names as the lists write them: a query in one script finds the entity
/// listed only in another.</summary>
public class CrossScriptScreeningTests
{
    private static readonly ListVersion Ofac = new("ofac-sdn", "test", null, [], "ofac-hash");
    private static readonly ListVersion Un = new("un", "test", new DateOnly(2026, 2, 27), [], "un-hash");

    private static Entity Person(ListVersion version, string id, params string[] names)
    {
        var builder = new EntityBuilder(id, Schema.Person);
        foreach (var name in names) builder.AddName(new EntityName(name, builder.Names.Count == 0 ? NameKind.Primary : NameKind.Alias, NameQuality.Good));
        return builder.Build(version);
    }

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(
    [
        new LoadedList(Ofac,
        [
            Person(Ofac, "ofac-sdn:15007", "BARAKZAI, Haji Abdul Sattar", "MANAN, Haji Abdul Satar Haji Abdul", "SATAR, Haji Abdul", "BARAKZAI, Haji Satar"),
            Person(Ofac, "ofac-sdn:20157", "KIM, Jong Un"),
            Person(Ofac, "ofac-sdn:11353", "HAQ, Abdul"),
            Person(Ofac, "ofac-sdn:36407", "MEDVEDEV, Dmitry Anatolievich"),
        ]),
        new LoadedList(Un, [Person(Un, "un:IQi.001", "صدام حسين التكريتي")]),
    ]);

    [Theory]
    [InlineData("عبد الستار عبد المنان", "ofac-sdn:15007")]
    [InlineData("김정은", "ofac-sdn:20157")]
    [InlineData("金正恩", "ofac-sdn:20157")]
    [InlineData("МЕДВЕДЕВ Дмитрий Анатольевич", "ofac-sdn:36407")]
    [InlineData("Saddam Hussein al-Tikriti", "un:IQi.001")]
    [InlineData("Saddam Husain Tikriti", "un:IQi.001")]
    public void A_name_in_one_script_finds_the_entity_listed_in_another(string query, string expected)
    {
        var first = Index.Screen(new ScreeningQuery(query, Schema.Person))[0];
        Assert.Equal(expected, first.Entity.Id);
        Assert.True(first.IsMatch);
    }

    [Fact]
    public void A_particle_written_apart_is_found_as_the_word_it_belongs_to()
    {
        var first = Index.Screen(new ScreeningQuery("'Abd AL-HAQ", Schema.Person))[0];
        Assert.Equal("ofac-sdn:11353", first.Entity.Id);
        Assert.Contains(first.Explanation.Words, w => w.Kind == MatchKind.Joined && w.QueryWord == "abd al");
    }

    [Fact]
    public void The_explanation_says_the_words_were_transliterated()
    {
        var result = Index.Screen(new ScreeningQuery("Saddam Hussein al-Tikriti", Schema.Person))[0];
        Assert.Contains(result.Explanation.Words, w => w.QueryWord == "saddam" && w.ListWord == "صدام" && w.Kind == MatchKind.Transliterated);
    }

    [Fact]
    public void Another_arabic_name_is_not_found()
    {
        Assert.Empty(Index.Screen(new ScreeningQuery("أحمد محمود", Schema.Person)));
        Assert.Empty(Index.Screen(new ScreeningQuery("Ahmed Mahmoud", Schema.Person)));
    }
}
