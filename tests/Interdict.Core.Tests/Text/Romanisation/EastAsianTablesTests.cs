using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>The Hangul, Hanja, Chinese, Japanese and kana tables on real names.</summary>
public class EastAsianTablesTests
{
    [Fact]
    public void Hangul_names_of_the_UK_list_are_all_spelled_as_listed_first()
    {
        foreach (var (hangul, listed) in UkListPairs.Hangul)
            Assert.True(RenderingMatch.SameWords(Romaniser.Romanise(hangul)[0], listed), RenderingMatch.Show(hangul));
    }

    [Fact]
    public void A_Hangul_name_is_spelled_McCune_Reischauer_South_Korean_Revised_and_joined() =>
        Assert.Equal(["Kim Jong Un", "Kim Jung Eun", "Kim Jeong Eun", "Kim Jungeun"], Romaniser.Romanise("김정은"));

    [Theory]
    [InlineData("박지성", "Park Ji Sung")] // South Korean surname and syllable spellings
    [InlineData("박지성", "Pak Ji Song")]
    [InlineData("박지성", "Park Jisung")]
    [InlineData("이민호", "Lee Min Ho")]
    [InlineData("이민호", "Yi Min Ho")] // another spelling of the surname from the table
    [InlineData("최룡해", "Choe Ryong Hae")]
    [InlineData("장성택", "Jang Song Thaek")] // McCune–Reischauer aspirate as the DPRK writes it
    [InlineData("김정각", "Kim Jong Gak")] // voiced after a vowel or nasal inside the given name
    [InlineData("리만건", "Ri Man Gon")]
    [InlineData("황보영", "Hwangbo Yong")] // two-syllable surname
    public void Korean_names_use_the_surname_table_and_the_syllable_spellings(string hangul, string latin) =>
        RenderingMatch.AssertHas(hangul, latin);

    [Theory]
    [InlineData("金正恩", "Kim Jong Un")]
    [InlineData("金铁三", "Kim Chol Sam")] // simplified characters, as Koreans in China write names
    [InlineData("崔龍海", "Choe Ryong Hae")]
    public void A_Korean_name_in_Hanja_is_read_in_Korean(string han, string latin) =>
        RenderingMatch.AssertHas(han, latin);

    [Fact]
    public void A_Han_name_without_a_Korean_surname_gets_no_Korean_reading() =>
        Assert.Equal(["Xi Jinping", "Xi Jin Ping"], Romaniser.Romanise("习近平"));

    [Fact]
    public void Han_names_of_the_UK_list_are_spelled_as_listed_where_pinyin_can()
    {
        // Misses: 阿不都·哈克 is ABDUL HAQ (an Arabic name in characters), and AnyAscii reads 勒 as lei, not le.
        var (hits, misses) = RenderingMatch.Count(UkListPairs.Han);

        Assert.True(hits >= 4, misses);
    }

    [Theory]
    [InlineData("赵光宗", "Zhao Guangzong")]
    [InlineData("欧阳修", "Ouyang Xiu")] // two-character surname
    [InlineData("曾庆红", "Zeng Qinghong")] // the surname's reading, not the character's most frequent one
    [InlineData("单田芳", "Shan Tianfang")]
    public void A_Chinese_name_is_surname_then_the_given_name_joined(string han, string latin) =>
        RenderingMatch.AssertHas(han, latin);

    [Fact]
    public void Han_text_that_is_no_personal_name_is_romanised_syllable_by_syllable() =>
        Assert.Single(Romaniser.Romanise("有限公司"));

    [Fact]
    public void A_Japanese_name_in_kanji_is_read_from_the_names_table_first() =>
        Assert.Equal(["Yamada Taro", "Shan Tian Tai Lang", "Yamada Tarou", "Yamada Taroh"], Romaniser.Romanise("山田太郎"));

    [Theory]
    [InlineData("田中花子", "Tanaka Hanako")]
    [InlineData("安倍晋三", "Abe Shinzo")]
    [InlineData("岸田文雄", "Kishida Fumio")]
    [InlineData("小泉純一郎", "Koizumi Junichiro")]
    [InlineData("鳩山由紀夫", "Hatoyama Yukio")]
    public void Japanese_names_split_into_a_known_surname_and_given_name(string kanji, string latin) =>
        RenderingMatch.AssertHas(kanji, latin);

    [Theory]
    [InlineData("サトウ タロウ", new[] { "Sato Taro", "Satou Tarou", "Satoh Taroh" })]
    [InlineData("きょうこ", new[] { "Kyoko", "Kyouko", "Kyohko" })]
    [InlineData("ハットリ", new[] { "Hattori" })]
    [InlineData("まっちゃ", new[] { "Matcha" })]
    public void Kana_is_spelled_in_Hepburn_with_each_spelling_of_long_vowels(string kana, string[] expected) =>
        Assert.Equal(expected, Romaniser.Romanise(kana));

    [Fact]
    public void Kana_and_kanji_in_one_name_are_romanised_each_by_its_own_rules() =>
        // UK list: カザン火薬工場, KAZAN GUNPOWDER FACTORY.
        Assert.StartsWith("Kazan ", Assert.Single(Romaniser.Romanise("カザン火薬工場")), StringComparison.Ordinal);
}
