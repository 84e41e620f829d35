using System.Text;

namespace Interdict.Core.Text;

/// <summary>
/// Regroups the words of a name so that an Arabic-script name and a Latin spelling of it can be paired word for word.
/// Both sides are cut the same way, by Data/abjad-particles.tsv: عبد and the word after it make one word (Abdul
/// Sattar, Abdulsattar and عبد الستار are each one), so does a compound half with the word before it (Saifullah,
/// Seif Allah, سيف الله), an article written apart joins its word (AL QIZANI, القيزاني), and a particle written
/// joined is cut off (Abubakar as Abu Bakar, بنحسين as بن حسين).
/// </summary>
internal static class AbjadNameWords
{
    /// <summary>A joined particle is cut off only before three letters or more: "abubakar" is abu bakar, "abood" and
    /// "ibnu" stay whole. Latin words that merely start like a particle are cut too ("benjamin" as ben jamin), which
    /// only matters when such a name is compared with an Arabic-script one.</summary>
    private const int MinimumRest = 3;

    public static List<string> FromAbjad(string name)
    {
        var words = SplitAbjad(name);
        for (var i = 0; i < words.Count; i++)
        {
            var letters = LettersOf(words[i]);
            foreach (var particle in AbjadParticles.Splits)
            {
                if (letters.Length - particle.Letters.Length < MinimumRest || !AbjadParticles.At(letters, 0, particle)) continue;
                var cut = CharsOfLetters(words[i], particle.Letters.Length);
                words.Insert(i + 1, words[i][cut..].TrimStart(AbjadLetters.NonJoiner));
                words[i] = words[i][..cut];
                break;
            }
        }
        // An article written apart is joined as Arabic script joins it; the other joins keep a non-joiner between the
        // parts, as Persian writes them, so that the article after it is still recognised.
        var nonJoiner = AbjadLetters.NonJoiner.ToString();
        JoinNext(words, (w, _) => LettersOf(w) is { Length: 2 } l && AbjadParticles.IsArticle(l), string.Empty);
        JoinNext(words, (w, _) => AbjadParticles.Whole(LettersOf(w), AbjadParticles.JoinsNext) is not null, nonJoiner);
        JoinPrevious(words, (_, w) => AbjadParticles.Whole(LettersOf(w), AbjadParticles.JoinsPrevious) is not null, nonJoiner);
        return words;
    }

    public static List<string> FromLatin(IEnumerable<string> normalisedWords)
    {
        var words = new List<string>();
        foreach (var word in normalisedWords)
        {
            var cut = SplitLength(word);
            if (cut > 0)
            {
                words.Add(word[..cut]);
                words.Add(word[cut..]);
            }
            else if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        JoinNext(words, (w, next) => AbjadParticles.LatinArticleLength(w, next) == w.Length, string.Empty);
        JoinNext(words, (w, next) => AbjadParticles.LatinJoinerLength(w, next, out _) == w.Length, string.Empty);
        JoinPrevious(words, IsLatinCompoundHalf, string.Empty);
        return words;
    }

    /// <summary>"ullah", "eddine", "zada" on their own, or "islam" after "saiful": the second half of a compound.</summary>
    private static bool IsLatinCompoundHalf(string previous, string word)
    {
        if (AbjadParticles.LatinTailStart(word, out _) == 0) return true;
        foreach (var particle in AbjadParticles.JoinsPrevious)
        {
            if (particle.StartsWithArticle && AbjadParticles.IsLatin(word, particle)
                && AbjadParticles.ArticleEndingAt(previous, previous.Length, word) >= MinimumRest) return true;
        }
        return false;
    }

    private static int SplitLength(string word)
    {
        foreach (var particle in AbjadParticles.Splits)
        {
            foreach (var spelling in particle.Latin)
            {
                if (word.Length - spelling.Length >= MinimumRest && word.StartsWith(spelling, StringComparison.Ordinal)) return spelling.Length;
            }
        }
        return 0;
    }

    /// <summary>Joins each word for which <paramref name="joins"/>(word, next) holds to the next one.</summary>
    private static void JoinNext(List<string> words, Func<string, string, bool> joins, string separator)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (!joins(words[i], words[i + 1])) continue;
            words[i] = words[i] + separator + words[i + 1];
            words.RemoveAt(i + 1);
        }
    }

    /// <summary>Joins each word for which <paramref name="joins"/>(previous, word) holds to the previous one.</summary>
    private static void JoinPrevious(List<string> words, Func<string, string, bool> joins, string separator)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!joins(words[i - 1], words[i])) continue;
            words[i - 1] = words[i - 1] + separator + words[i];
            words.RemoveAt(i--);
        }
    }

    /// <summary>The name's words: letters only, presentation forms as letters, marks dropped, the zero-width
    /// non-joiner kept between the parts of a word.</summary>
    private static List<string> SplitAbjad(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            var ids = AbjadLetters.Of(c);
            if (ids is [AbjadLetters.Break])
            {
                // Latin letters and digits in an Arabic-script name stay words of their own script.
                if (!AbjadLetters.IsAbjadCode(c) && char.IsLetterOrDigit(c)) word.Append(c);
                else Flush(words, word);
                continue;
            }
            foreach (var id in ids)
            {
                if (id == AbjadLetters.PartBoundary) word.Append(AbjadLetters.NonJoiner);
                else if (id >= AbjadLetters.All.Length) word.Append(c);
                else if (id >= 0) word.Append(AbjadLetters.All[id].Letter);
            }
        }
        Flush(words, word);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        var text = word.ToString().Trim(AbjadLetters.NonJoiner);
        if (text.Length > 0) words.Add(text);
        word.Clear();
    }

    /// <summary>The letter ids of a word of <see cref="SplitAbjad"/> (letters of the table only, non-joiners skipped).</summary>
    private static short[] LettersOf(string word) =>
        [.. word.Where(c => c != AbjadLetters.NonJoiner).Select(c => AbjadLetters.Of(c) is [var id] ? id : AbjadLetters.Break)];

    /// <summary>How many characters hold the first <paramref name="letters"/> letters.</summary>
    private static int CharsOfLetters(string word, int letters)
    {
        var i = 0;
        for (var seen = 0; seen < letters; i++)
        {
            if (word[i] != AbjadLetters.NonJoiner) seen++;
        }
        return i;
    }
}
