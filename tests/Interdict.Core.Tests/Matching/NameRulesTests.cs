using Interdict.Core.Matching;
using Interdict.Core.Model;

namespace Interdict.Core.Tests.Matching;

public class NameRulesTests
{
    [Theory]
    [InlineData("mohammed", "muhammad")]
    [InlineData("mohamad", "muhammad")]
    [InlineData("sergeyevich", "sergeevich")]
    [InlineData("aleksandr", "alexander")]
    [InlineData("akhmed", "ahmad")]
    [InlineData("smirnoff", "smirnov")]
    public void Romanisation_variants_share_a_skeleton(string a, string b) =>
        Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("ivanov", "petrov")]
    [InlineData("hassan", "karim")]
    public void Different_names_have_different_skeletons(string a, string b) =>
        Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Fact]
    public void Short_skeletons_are_not_used() => Assert.Equal("", PhoneticKey.Of("ali"));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("qods", "qdos", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_counts_swaps_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, TokenSimilarity.EditDistance(a, b));

    [Theory]
    [InlineData("LIMITED LIABILITY COMPANY PROMTEKHNOLOGIYA", "llc")]
    [InlineData("ООО ПРОМТЕХНОЛОГИЯ", "llc")]
    [InlineData("Obshchestvo s Ogranichennoy Otvetstvennostyu Promtekhnologiya", "llc")]
    [InlineData("AO T-PLATFORMS", "jsc")]
    [InlineData("АКЦИОНЕРНОЕ ОБЩЕСТВО Т-ПЛАТФОРМЫ", "jsc")]
    [InlineData("JOINT STOCK COMPANY T-PLATFORMS", "jsc")]
    [InlineData("CECOEX, S.A.", "sa")]
    [InlineData("JOINT STOCK PARTNERSHIP VNIIP-PROGRESS", "jsc")]
    [InlineData("PUBLICHNOE AKTSIONERNOE OBSCHESTVO MAGNITOGORSKIY", "jsc")]
    public void Legal_forms_are_one_concept_across_languages_and_scripts(string name, string legalForm)
    {
        var analysed = NameAnalyzer.Analyze(name, Schema.Company);
        Assert.Contains(analysed.Tokens, t => t.Class == TermClass.Legal && t.Text == legalForm);
        Assert.DoesNotContain(analysed.Tokens, t => t.Class == TermClass.Name && t.Original is "joint" or "stock" or "company");
    }

    [Fact]
    public void Honorifics_apply_to_people_and_legal_forms_to_organisations()
    {
        var person = NameAnalyzer.Analyze("AL RAHMAN, Shaykh Umar Abd", Schema.Person);
        Assert.Contains(person.Tokens, t => t.Text == "shaykh" && t.Class == TermClass.Honorific);
        Assert.Contains(person.Tokens, t => t.Text == "al" && t.Class == TermClass.Particle);
        var company = NameAnalyzer.Analyze("NORD AS", Schema.Company);
        Assert.Contains(company.Tokens, t => t.Text == "as" && t.Class == TermClass.Legal);
    }
}
