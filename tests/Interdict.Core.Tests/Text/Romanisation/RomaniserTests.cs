using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>The contract of <see cref="Romaniser.Romanise"/>, whatever the script.</summary>
public class RomaniserTests
{
    public static TheoryData<string> NonLatinNames =>
    [
        "Дмитрий Сергеевич Медведев", "Андрій Юрійович", "Аляксандр Рыгоравіч Лукашэнка", "Κωνσταντίνος Μητσοτάκης",
        "Նիկոլ Փաշինյան", "ზვიად ხარაზიშვილი", "김정은", "金正恩", "山田太郎", "习近平", "サトウ タロウ",
        "成都景昕科技有限公司", "ООО «ОБОРОНЛОГИСТИКА»", "محمد علي",
    ];

    [Theory]
    [InlineData("John Smith")]
    [InlineData("LIMITED LIABILITY COMPANY PROMTEKHNOLOGIYA")]
    [InlineData("Francisco Javier Díaz Madriz")]
    [InlineData("GÉDÉON KYUNGU MUTANGA")]
    [InlineData("Ľubomír Šťastný")]
    [InlineData("")]
    public void A_name_without_non_Latin_letters_comes_back_alone_and_unchanged(string name)
    {
        var renderings = Romaniser.Romanise(name);

        Assert.Same(name, Assert.Single(renderings));
    }

    [Theory]
    [MemberData(nameof(NonLatinNames))]
    public void Renderings_are_few_Latin_and_distinct_after_normalisation(string name)
    {
        var renderings = Romaniser.Romanise(name);

        Assert.InRange(renderings.Count, 1, Romaniser.MaxRenderings);
        Assert.All(renderings, r => Assert.False(ScriptDetector.HasNonLatin(r), $"{r} is not Latin"));
        var normalised = renderings.Select(NameNormalizer.Normalize).ToList();
        Assert.Equal(normalised.Count, normalised.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(string.Empty, normalised);
    }

    [Theory]
    [InlineData("محمد علي")]
    [InlineData("עבד אל-כרים")]
    [InlineData("สมชาย")]
    [InlineData("ፍትዊ ዓብዱረዛቕ")]
    public void Scripts_without_tables_are_romanised_as_NameNormalizer_does(string name)
    {
        var rendering = Assert.Single(Romaniser.Romanise(name));

        Assert.Equal(NameNormalizer.Normalize(name), NameNormalizer.Normalize(rendering));
    }

    [Fact]
    public void Latin_parts_of_a_mixed_script_name_stay_as_they_are()
    {
        // Real UK list spellings: a Latin legal form beside Cyrillic words.
        Assert.All(Romaniser.Romanise("AO НПП ТОПАЗ"), r => Assert.StartsWith("AO ", r, StringComparison.Ordinal));
        Assert.All(Romaniser.Romanise("ВОЛГА ГРУП ХОЛДИНГ OOO"), r => Assert.EndsWith(" OOO", r, StringComparison.Ordinal));
        RenderingMatch.AssertHas("Царьград OOO", "TSARGRAD OOO");
    }

    [Theory]
    [InlineData("Тетянa Завальськa", "Tetiana ZAVALSKA")] // Latin a at the end of both words
    [InlineData("Мiĸалай Iванавiч ДОЛЯ", "Mikalai Ivanavich DOLIA")] // Latin i, I and kra in Belarusian words
    [InlineData("Xомяков Сергей Федорович", "Sergey Fedorovich KHOMYAKOV")] // Latin X
    public void Latin_letters_that_look_Cyrillic_inside_Cyrillic_words_are_read_as_Cyrillic(string name, string listed) =>
        RenderingMatch.AssertHas(name, listed);

    [Theory]
    [InlineData("Михаи́л Ефи́мович Фрадко́в", "Михаил Ефимович Фрадков")]
    [InlineData("А́нна Ю́рьевна Кузнецо́ва", "Анна Юрьевна Кузнецова")]
    [InlineData("Νικόλαος", "Νικολαος")]
    public void Stress_marks_and_accents_do_not_change_the_renderings(string marked, string plain) =>
        Assert.Equal(Romaniser.Romanise(plain), Romaniser.Romanise(marked));

    [Theory]
    [InlineData("习 近平", "Xi Jinping")]
    [InlineData("김 정은", "Kim Jong Un")]
    public void A_short_East_Asian_name_with_a_space_after_the_surname_is_read_as_one_name(string name, string expected) =>
        RenderingMatch.AssertHas(name, expected);
}
