using Interdict.Core.Data;

namespace Interdict.Core.Text;

/// <summary>What a word of Data/abjad-particles.tsv does to the words around it.</summary>
internal enum ParticleRole
{
    JoinsNext,
    JoinsPrevious,
    Splits,
}

/// <summary>A name particle: its Arabic-script letters (as base letter ids) and its Latin spellings.</summary>
internal sealed record AbjadParticle(short[] Letters, ParticleRole Role, string[] Latin)
{
    /// <summary>Compounds such as الله, الدين carry the article: Latin writes ullah, uddin, al-Islam.</summary>
    public bool StartsWithArticle => Letters.Length > 2 && AbjadParticles.IsArticle(Letters);
}

/// <summary>
/// The name-structure table Data/abjad-particles.tsv: the article ال and its Latin forms, the words read with the next
/// one (عبد), the second halves of compounds (الله, الدين, زاده) and the words some spellings join to the next one
/// (بن, ابو). Matches them in Arabic-script words (by base letter) and in normalised Latin words.
/// </summary>
internal static class AbjadParticles
{
    private static readonly short Alef = AbjadLetters.IdOf('ا');
    private static readonly short Lam = AbjadLetters.IdOf('ل');

    /// <summary>The Latin forms of the article, longest first.</summary>
    public static readonly string[] LatinArticles;
    private static readonly string[] LArticles;

    public static readonly AbjadParticle[] JoinsNext;
    public static readonly AbjadParticle[] JoinsPrevious;
    /// <summary>Longest first, so that بنت is found before بن.</summary>
    public static readonly AbjadParticle[] Splits;

    static AbjadParticles()
    {
        var rows = EmbeddedTable.Read("abjad-particles.tsv", "form", "role", "latin", "note");
        var articles = rows.Where(r => r[1] == "article").ToList();
        if (articles.Count != 1 || articles[0][0] != "ال")
            throw new InvalidDataException("abjad-particles.tsv: exactly one article row, for ال, is expected.");
        LatinArticles = [.. LatinSpellings(articles[0]).OrderByDescending(a => a.Length)];
        if (LatinArticles.Any(a => a[0] is not ('a' or 'e' or 'i' or 'o' or 'u')))
            throw new InvalidDataException($"{articles[0].Where}: every Latin form of the article starts with its vowel.");
        LArticles = [.. LatinArticles.Where(a => a[^1] == 'l')];
        var particles = rows.Where(r => r[1] != "article").Select(Parse).ToList();
        JoinsNext = [.. particles.Where(p => p.Role == ParticleRole.JoinsNext)];
        JoinsPrevious = [.. particles.Where(p => p.Role == ParticleRole.JoinsPrevious)];
        Splits = [.. particles.Where(p => p.Role == ParticleRole.Splits).OrderByDescending(p => p.Letters.Length)];
    }

    /// <summary>True when the letters start with ا ل (by base letter).</summary>
    public static bool IsArticle(ReadOnlySpan<short> letters) =>
        letters.Length >= 2 && BaseOf(letters[0]) == Alef && BaseOf(letters[1]) == Lam;

    /// <summary>True when <paramref name="letters"/> starting at <paramref name="start"/> spell the particle.</summary>
    public static bool At(ReadOnlySpan<short> letters, int start, AbjadParticle particle)
    {
        if (start < 0 || start + particle.Letters.Length > letters.Length) return false;
        for (var k = 0; k < particle.Letters.Length; k++)
        {
            if (BaseOf(letters[start + k]) != particle.Letters[k]) return false;
        }
        return true;
    }

    /// <summary>The particle among <paramref name="candidates"/> that the letters spell exactly, or null.</summary>
    public static AbjadParticle? Whole(ReadOnlySpan<short> letters, AbjadParticle[] candidates)
    {
        foreach (var particle in candidates)
        {
            if (particle.Letters.Length == letters.Length && At(letters, 0, particle)) return particle;
        }
        return null;
    }

    /// <summary>
    /// The length of the Latin article at the start of <paramref name="text"/> when a word follows it: a form in l
    /// before anything ("al qizani", "abdul" + "kabir"), an assimilated form only before its own consonant ("ar
    /// rahman", "ud din"). 0 when the text does not start with an article.
    /// </summary>
    public static int LatinArticleLength(ReadOnlySpan<char> text, ReadOnlySpan<char> following)
    {
        foreach (var form in LatinArticles)
        {
            if (!text.StartsWith(form, StringComparison.Ordinal)) continue;
            var next = text.Length > form.Length ? text[form.Length..] : following;
            if (next.IsEmpty) continue;
            if (form[^1] == 'l' || next.StartsWith(form.AsSpan(ConsonantStart(form)), StringComparison.Ordinal)) return form.Length;
        }
        return 0;
    }

    /// <summary>The length of an article in l (al, el, ul…) at the start of a Latin word, or 0.</summary>
    public static int LatinLArticleLength(ReadOnlySpan<char> word)
    {
        // Every form starts with a vowel; this test keeps the search off the hot path of most words.
        if (word.Length < 2 || word[0] is not ('a' or 'e' or 'i' or 'o' or 'u')) return 0;
        foreach (var form in LArticles)
        {
            if (word.StartsWith(form, StringComparison.Ordinal)) return form.Length;
        }
        return 0;
    }

    /// <summary>True when the whole Latin word is one of the particle's spellings.</summary>
    public static bool IsLatin(ReadOnlySpan<char> word, AbjadParticle particle)
    {
        foreach (var spelling in particle.Latin)
        {
            if (word.SequenceEqual(spelling)) return true;
        }
        return false;
    }

    /// <summary>The Latin form of a joins-next particle at the start of the word, with the article Latin attaches to it
    /// (abd, abdul, abdel, abdur before r…): its length, or 0.</summary>
    /// <param name="joinerLength">The length of the particle's own spelling, without the article.</param>
    public static int LatinJoinerLength(ReadOnlySpan<char> word, ReadOnlySpan<char> following, out int joinerLength)
    {
        foreach (var particle in JoinsNext)
        {
            foreach (var spelling in particle.Latin)
            {
                if (!word.StartsWith(spelling, StringComparison.Ordinal)) continue;
                joinerLength = spelling.Length;
                return spelling.Length + LatinArticleLength(word[spelling.Length..], following);
            }
        }
        joinerLength = 0;
        return 0;
    }

    /// <summary>The compound second half a Latin word ends with, and where its article starts: "ullah" in
    /// "habibullah", "eddine" in "noureddine", "zada" in "akhundzada". Returns the start of the article (or of the
    /// spelling when the compound has none) and the start of the spelling; -1 when there is none.</summary>
    public static int LatinTailStart(ReadOnlySpan<char> word, out int stemStart)
    {
        foreach (var particle in JoinsPrevious)
        {
            foreach (var spelling in particle.Latin)
            {
                stemStart = word.Length - spelling.Length;
                if (stemStart < 0 || !word.EndsWith(spelling, StringComparison.Ordinal)) continue;
                if (!particle.StartsWithArticle) return stemStart;
                var articleStart = ArticleEndingAt(word, stemStart);
                if (articleStart >= 0) return articleStart;
            }
        }
        stemStart = -1;
        return -1;
    }

    /// <summary>Where a Latin article that ends at <paramref name="end"/> starts, when one does and the word goes on
    /// after it with its consonant; -1 otherwise ("saiful" + "islam", "fazlur" + "rahman").</summary>
    public static int ArticleEndingAt(ReadOnlySpan<char> text, int end, ReadOnlySpan<char> following = default)
    {
        foreach (var form in LatinArticles)
        {
            var start = end - form.Length;
            if (start < 0 || !text[start..end].SequenceEqual(form)) continue;
            var next = end < text.Length ? text[end..] : following;
            if (form[^1] == 'l' || next.StartsWith(form.AsSpan(ConsonantStart(form)), StringComparison.Ordinal)) return start;
        }
        return -1;
    }

    private static int ConsonantStart(string form)
    {
        var i = 0;
        while (i < form.Length && form[i] is 'a' or 'e' or 'i' or 'o' or 'u') i++;
        return i;
    }

    private static short BaseOf(short id) => id >= 0 && id < AbjadLetters.All.Length ? AbjadLetters.All[id].BaseId : id;

    private static AbjadParticle Parse(TableRow row)
    {
        var role = row[1] switch
        {
            "joins-next" => ParticleRole.JoinsNext,
            "joins-previous" => ParticleRole.JoinsPrevious,
            "splits" => ParticleRole.Splits,
            _ => throw new InvalidDataException($"{row.Where}: unknown role '{row[1]}'."),
        };
        short[] letters = [.. row[0].Select(c => BaseOf(AbjadLetters.IdOf(c)))];
        return new AbjadParticle(letters, role, LatinSpellings(row));
    }

    private static string[] LatinSpellings(TableRow row)
    {
        var spellings = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (spellings.Length == 0 || spellings.Any(s => !s.All(char.IsAsciiLetterLower)))
            throw new InvalidDataException($"{row.Where}: the Latin spellings must be lower-case Latin words.");
        return spellings;
    }
}
