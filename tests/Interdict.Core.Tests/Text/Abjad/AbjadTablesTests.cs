using Interdict.Core.Data;
using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

public class AbjadTablesTests
{
    [Fact]
    public void The_letter_table_loads_every_letter() => Assert.Equal(99, AbjadLetters.All.Length);

    [Fact]
    public void Every_letter_has_a_spelling_or_may_go_unwritten() =>
        Assert.All(AbjadLetters.All, letter => Assert.True(letter.ByFirstLetter.Any(s => s.Length > 0) || letter.Silent is not null));

    [Fact]
    public void The_particle_table_loads_every_particle()
    {
        Assert.Equal(33, AbjadParticles.LatinArticles.Length);
        Assert.Single(AbjadParticles.JoinsNext);
        Assert.Equal(8, AbjadParticles.JoinsPrevious.Length);
        Assert.Equal(4, AbjadParticles.Splits.Length);
    }

    [Fact]
    public void The_latin_class_table_loads_every_spelling() => Assert.Equal(45, AbjadSkeleton.LatinClassCount);

    [Fact]
    public void The_presentation_form_table_loads_and_its_forms_read_as_letters()
    {
        Assert.Equal(114, EmbeddedTable.Read("abjad-presentation-forms.tsv", "first", "last", "letters", "note").Count);
        Assert.Equal(["محمد", "كريم"], Abjad.Words("ﻤﺤﻤﺪ ﻛﺮﻴﻡ"));
        Assert.Equal(1f, Abjad.Similarity("ﻤﺴﻌﻮﺩ", "masood"));
    }

    [Fact]
    public void Every_table_row_has_a_note()
    {
        (string File, string[] Columns)[] tables =
        [
            ("abjad-letters.tsv", ["letter", "class", "base", "spellings", "note"]),
            ("abjad-particles.tsv", ["form", "role", "latin", "note"]),
            ("abjad-latin.tsv", ["latin", "class", "note"]),
            ("abjad-presentation-forms.tsv", ["first", "last", "letters", "note"]),
        ];
        foreach (var (file, columns) in tables)
        {
            Assert.All(EmbeddedTable.Read(file, columns), row => Assert.False(string.IsNullOrWhiteSpace(row[columns.Length - 1]), row.Where));
        }
    }
}
