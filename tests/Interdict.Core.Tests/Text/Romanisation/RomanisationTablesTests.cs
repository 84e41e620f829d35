using Interdict.Core.Data;

namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>Every romanisation table loads with its columns and all its rows: a truncated table fails here.</summary>
public class RomanisationTablesTests
{
    public static TheoryData<string, string[], int> Tables => new()
    {
        { "romanisation-systems.tsv", ["script", "language", "system", "names", "note"], 18 },
        { "romanisation-cyrillic.tsv", ["system", "letters", "context", "latin", "note"], 104 },
        { "romanisation-cyrillic-languages.tsv", ["language", "marker", "note"], 8 },
        { "romanisation-greek.tsv", ["system", "letters", "context", "latin", "note"], 61 },
        { "romanisation-armenian.tsv", ["system", "letters", "context", "latin", "note"], 47 },
        { "romanisation-georgian.tsv", ["system", "letters", "context", "latin", "note"], 36 },
        { "romanisation-given-names.tsv", ["language", "name", "latin", "note"], 63 },
        { "romanisation-marks.tsv", ["from", "to", "note"], 13 },
        { "romanisation-homoglyphs.tsv", ["latin", "cyrillic", "note"], 23 },
        { "romanisation-hangul-jamo.tsv", ["jamo", "position", "revised", "mccune", "note"], 70 },
        { "romanisation-korean-surnames.tsv", ["hangul", "hanja", "mccune", "south", "other", "note"], 99 },
        { "romanisation-korean-syllables.tsv", ["hangul", "south", "note"], 174 },
        { "romanisation-hanja-korean.tsv", ["hanja", "hangul", "note"], 5948 },
        { "romanisation-chinese-surnames.tsv", ["han", "pinyin", "note"], 394 },
        { "romanisation-japanese-names.tsv", ["kanji", "kind", "hepburn", "note"], 474 },
        { "romanisation-kana.tsv", ["kana", "hepburn", "note"], 260 },
        { "romanisation-long-vowels.tsv", ["vowel", "plain", "wapuro", "passport", "note"], 5 },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_table_loads_whole_and_every_row_says_what_it_is_for(string file, string[] columns, int rows)
    {
        var table = EmbeddedTable.Read(file, columns);

        Assert.Equal(rows, table.Count);
        Assert.All(table, r => Assert.False(string.IsNullOrWhiteSpace(r[columns.Length - 1]), $"{r.Where}: no note"));
    }

    [Fact]
    public void The_jamo_table_covers_every_letter_of_a_Hangul_syllable()
    {
        var table = EmbeddedTable.Read("romanisation-hangul-jamo.tsv", "jamo", "position", "revised", "mccune", "note");

        Assert.Equal(19, table.Count(r => r[1] == "initial"));
        Assert.Equal(21, table.Count(r => r[1] == "vowel"));
        Assert.Equal(27, table.Count(r => r[1] == "final"));
    }

    [Fact]
    public void Every_Japanese_name_is_a_surname_or_a_given_name()
    {
        var table = EmbeddedTable.Read("romanisation-japanese-names.tsv", "kanji", "kind", "hepburn", "note");

        Assert.All(table, r => Assert.True(r[1] is "surname" or "given", r.Where));
        Assert.True(table.Count(r => r[1] == "surname") > 200, "a few hundred surnames");
    }
}
