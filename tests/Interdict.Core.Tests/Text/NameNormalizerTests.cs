using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("AL-ZAWAHIRI, Dr. Ayman", "al zawahiri dr ayman")]
    [InlineData("ISLAMIC GAMA'AT", "islamic gamaat")]
    [InlineData("Müller Straße", "muller strasse")]
    [InlineData("  CO., LTD. ", "co ltd")]
    [InlineData("Алабуга", "alabuga")]
    [InlineData("ООО ПРОМТЕХНОЛОГИЯ", "ooo promtekhnologiya")]
    [InlineData("Владимир Путин", "vladimir putin")]
    [InlineData("Νικόλαος", "nikolaos")]
    [InlineData("", "")]
    public void Produces_lower_case_ascii_words(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Fact]
    public void Romanises_chinese_and_korean_one_syllable_per_word()
    {
        Assert.Equal(["xi", "jin", "ping"], NameNormalizer.Tokenize("习近平"));
        Assert.Equal(["gim", "jeong", "eun"], NameNormalizer.Tokenize("김정은"));
    }
}
