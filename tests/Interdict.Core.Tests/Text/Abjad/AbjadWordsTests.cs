using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

public class AbjadWordsTests
{
    private const string NonJoiner = "\u200C";

    [Theory]
    [InlineData("عبد الستار عبد المنان", new[] { "عبد" + NonJoiner + "الستار", "عبد" + NonJoiner + "المنان" })]
    [InlineData("سيف الله بن عمر", new[] { "سيف" + NonJoiner + "الله", "بن", "عمر" })]
    [InlineData("ابوبكر البغدادي", new[] { "ابو", "بكر", "البغدادي" })]
    [InlineData("سيف الله بن محمد بنحسين", new[] { "سيف" + NonJoiner + "الله", "بن", "محمد", "بن", "حسين" })]
    [InlineData("ال قيزاني", new[] { "القيزاني" })]
    [InlineData("أحمد جان آخوند زاده", new[] { "أحمد", "جان", "آخوند" + NonJoiner + "زاده" })]
    [InlineData("الله داد متین", new[] { "الله", "داد", "متین" })]
    [InlineData("أُسَامَة", new[] { "أسامة" })]
    [InlineData("عدنان س. حسن", new[] { "عدنان", "س", "حسن" })]
    [InlineData("משה דוד", new[] { "משה", "דוד" })]
    public void Arabic_script_names_are_cut_as_latin_spellings_cut_them(string name, string[] expected) =>
        Assert.Equal(expected, Abjad.Words(name));

    [Theory]
    [InlineData("abdul satar abdul manan", new[] { "abdulsatar", "abdulmanan" })]
    [InlineData("nashwan abd al razzaq abd al baqi", new[] { "nashwan", "abdalrazzaq", "abdalbaqi" })]
    [InlineData("seif allah ben omar", new[] { "seifallah", "ben", "omar" })]
    [InlineData("saif al din al mashhadani", new[] { "saifaldin", "almashhadani" })]
    [InlineData("nasir ud din haqqani", new[] { "nasiruddin", "haqqani" })]
    [InlineData("saiful islam", new[] { "saifulislam" })]
    [InlineData("fazlur rahman", new[] { "fazlurrahman" })]
    [InlineData("ramzi binalshibh", new[] { "ramzi", "bin", "alshibh" })]
    [InlineData("abubakar shekau", new[] { "abu", "bakar", "shekau" })]
    [InlineData("ahmad jan akhund zada", new[] { "ahmad", "jan", "akhundzada" })]
    [InlineData("allah dad matin", new[] { "allah", "dad", "matin" })]
    [InlineData("an nahda", new[] { "annahda" })]
    [InlineData("an apple", new[] { "an", "apple" })]
    [InlineData("abdi mohamed", new[] { "abdi", "mohamed" })]
    [InlineData("john smith", new[] { "john", "smith" })]
    public void Latin_names_are_regrouped_the_same_way(string normalised, string[] expected) =>
        Assert.Equal(expected, Abjad.LatinWords(normalised.Split(' ')));

    [Theory]
    [InlineData("محمد", true)]
    [InlineData("مراد فتحی", true)]
    [InlineData("משה", true)]
    [InlineData("ﻤﺤﻤﺪ", true)]
    [InlineData("Mohamed", false)]
    [InlineData("Мухаммед", false)]
    [InlineData("", false)]
    public void Tells_the_abjads_from_other_scripts(string word, bool expected) => Assert.Equal(expected, Abjad.IsAbjad(word));
}
