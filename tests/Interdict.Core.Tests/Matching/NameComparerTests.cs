using Interdict.Core.Matching;
using Interdict.Core.Model;

namespace Interdict.Core.Tests.Matching;

/// <summary>The name comparison on name pairs the real lists write differently.</summary>
public class NameComparerTests
{
    private static double Score(string query, string listed, Schema? schema = null) =>
        NameComparer.Compare(query, listed, schema).Score;

    [Fact]
    public void Identical_names_score_one() => Assert.Equal(1.0, Score("QODS AVIATION INDUSTRIES", "QODS AVIATION INDUSTRIES"));

    [Fact]
    public void Word_order_and_ofac_comma_do_not_matter() =>
        Assert.Equal(1.0, Score("Ismail Abdul Salah HANIYA", "HANIYA, Ismail Abdul Salah", Schema.Person));

    [Fact]
    public void Legal_form_in_another_language_and_script_still_matches()
    {
        Assert.True(Score("LLC PROMTEKHNOLOGIYA", "LIMITED LIABILITY COMPANY PROMTEKHNOLOGIYA", Schema.Company) >= 0.95);
        Assert.True(Score("ООО ПРОМТЕХНОЛОГИЯ", "LIMITED LIABILITY COMPANY PROMTEKHNOLOGIYA", Schema.Company) >= 0.95);
    }

    [Fact]
    public void Cyrillic_and_latin_spellings_match() =>
        Assert.True(Score("Дмитрий Медведев", "Dmitry Medvedev", Schema.Person) >= 0.9);

    [Fact]
    public void A_typo_lowers_the_score_but_still_matches()
    {
        var score = Score("QODS AVIATON INDUSTRIES", "QODS AVIATION INDUSTRIES", Schema.Company);
        Assert.InRange(score, MatchingOptions.DefaultThreshold, 0.99);
    }

    [Fact]
    public void A_partial_query_matches_a_longer_listed_name_but_scores_less() =>
        Assert.InRange(Score("Satar BARAKZAI", "BARAKZAI, Haji Abdul Sattar", Schema.Person), MatchingOptions.DefaultThreshold, 0.95);

    [Fact]
    public void Sharing_only_a_legal_form_or_generic_words_is_no_match()
    {
        Assert.Equal(0.0, Score("LLC ROMASHKA", "LIMITED LIABILITY COMPANY PROMTEKHNOLOGIYA", Schema.Company));
        Assert.True(Score("GLOBAL TRADING LLC", "ALFA GLOBAL TRADING LLC", Schema.Company) < MatchingOptions.DefaultThreshold);
    }

    [Fact]
    public void Different_people_sharing_a_surname_do_not_match() =>
        Assert.True(Score("Ingeborg Abrahamsen", "ABRAHAMSEN, Knut", Schema.Person) < MatchingOptions.DefaultThreshold);

    [Fact]
    public void Particles_written_joined_or_apart_match()
    {
        var joined = NameComparer.Compare("ALZAWAHIRI Ayman", "AL-ZAWAHIRI, Ayman", Schema.Person);
        Assert.Equal(1.0, joined.Score);
        Assert.Contains(joined.Words, w => w.Kind == MatchKind.Joined && w.QueryWord == "alzawahiri" && w.ListWord == "al zawahiri");
        Assert.True(Score("Abd al Sattar BARAKZAI", "BARAKZAI, Haji Abdul Sattar", Schema.Person) >= 0.85);
        Assert.True(Score("Abdulsattar Barakzai", "BARAKZAI, Abdul Sattar", Schema.Person) >= 0.95);
    }

    [Fact]
    public void Explanation_says_how_each_word_matched()
    {
        var comparison = NameComparer.Compare("Mohammed Ali HASSAN", "HASAN, Muhammad Ali", Schema.Person);
        Assert.Contains(comparison.Words, w => w.QueryWord == "mohammed" && w.ListWord == "muhammad" && w.Kind == MatchKind.Variant);
        Assert.Contains(comparison.Words, w => w.QueryWord == "ali" && w.Kind == MatchKind.Exact);
    }
}
