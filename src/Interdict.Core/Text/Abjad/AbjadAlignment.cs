namespace Interdict.Core.Text;

/// <summary>
/// Similarity of an abjad word and a Latin word by a weighted alignment of the abjad letters with the Latin letters.
/// Each letter may be written by any of its spellings (abjad-letters.tsv) at no cost; a Latin vowel may stand between
/// two letters for free (the short vowels the abjads do not write), one at a time; a doubled Latin consonant is free
/// (shadda is not written). Everything else costs: a letter with no Latin counterpart, a Latin letter with no
/// abjad counterpart, a vowel before the first or after the last letter (an Arabic word never starts or ends on an
/// unwritten vowel: محمد is not "Ahmed", علي is not "Ilya"). The similarity is 1 − cost / length of the longer word in
/// letters, so one wrong consonant in a four-consonant name leaves 0.75.
/// </summary>
internal static class AbjadAlignment
{
    /// <summary>An abjad consonant without a Latin counterpart, or a Latin consonant without an abjad one.</summary>
    private const float MissedConsonant = 1f;
    /// <summary>A word's first consonant missing or replaced: names that are spellings of each other keep it, names
    /// that differ by it are other names (محمد and "hamid", حسن and "mohsen").</summary>
    private const float MissedFirstConsonant = 1.5f;
    /// <summary>A written long vowel, glide, hamza or ayn without a Latin counterpart; Hassan against حسين.</summary>
    private const float MissedVowelLetter = 0.75f;
    /// <summary>A second Latin vowel where only one short vowel fits; Hussein against حسن.</summary>
    private const float ExtraVowel = 0.75f;
    /// <summary>A Latin vowel before the first or after the last abjad letter.</summary>
    private const float EdgeVowel = 1f;
    /// <summary>A Latin article the abjad word does not have (قيزاني against "alqizani").</summary>
    private const float LatinOnlyArticle = 0.5f;

    /// <summary>Similarities below this are reported as 0: such words have nothing in common that matters.</summary>
    private const float ReportedFloor = 0.4f;

    private static readonly AbjadLetter[] Symbols =
    [
        .. AbjadLetters.All,
        new AbjadLetter('\0', '\0', AbjadLetters.Article, ArticleSpellings()),
        new AbjadLetter('\0', '?', AbjadLetters.Unlisted, []),
    ];

    public static float Similarity(ReadOnlySpan<char> abjad, ReadOnlySpan<char> latin)
    {
        Span<short> letters = stackalloc short[AbjadLetterSequence.MaxLetters];
        var n = AbjadLetterSequence.Read(abjad, letters, out _);
        letters = letters[..n];
        latin = latin[..Math.Min(latin.Length, AbjadLetterSequence.MaxLetters)];
        var m = latin.Length;
        if (n == 0 || m == 0) return 0f;
        if (SameParticle(letters, latin)) return 1f;

        var width = m + 1;
        Span<float> cost = stackalloc float[(n + 1) * width];
        cost.Fill(float.PositiveInfinity);
        cost[0] = 0f;
        if (letters[0] != AbjadLetters.Article)
        {
            var article = AbjadParticles.LatinLArticleLength(latin);
            if (article > 0 && article + 3 <= m) cost[article] = LatinOnlyArticle;
        }
        Span<float> insertion = stackalloc float[3 * m];
        InsertionCosts(latin, insertion);

        // Costs only grow along an alignment, so a cell already past the cost that leaves less than the reported floor
        // cannot lie on an alignment that is reported; skipping it changes no result.
        var length = Math.Max(Weight(letters), LatinWeight(latin));
        var bound = length * (1f - ReportedFloor);
        var first = letters[0] == AbjadLetters.Article && n > 1 ? 1 : 0;
        for (var i = 0; i <= n; i++)
        {
            var row = cost.Slice(i * width, width);
            var next = i < n ? cost.Slice((i + 1) * width, width) : default;
            var letter = i < n ? Symbols[letters[i]] : null;
            var places = PlacesAt(i, first, n);
            var silent = letter?.Silent is { } place && MayBeSilent(letters, i, first, place);
            var miss = letter is { IsVowelLetter: true } ? MissedVowelLetter : i == first ? MissedFirstConsonant : MissedConsonant;
            var insert = insertion.Slice((i == 0 ? 0 : i == n ? 2 : 1) * m, m);
            for (var j = 0; j <= m; j++)
            {
                var here = row[j];
                if (here > bound) continue;
                if (letter is not null)
                {
                    // Letter i: silent, one of its spellings, another Latin letter of its kind, or missing.
                    if (silent && (letter.Silent != SpellingPlace.LastOnly || (j > 0 && latin[j - 1] is 'a' or 'e'))) Relax(next, j, here);
                    Relax(next, j, here + miss);
                    if (j < m)
                    {
                        var c = latin[j];
                        if (IsVowel(c) == letter.IsVowelLetter) Relax(next, j + 1, here + miss);
                        if (c is >= 'a' and <= 'z')
                        {
                            foreach (var spelling in letter.ByFirstLetter[c - 'a'])
                            {
                                var end = j + spelling.Text.Length;
                                if ((places & (1 << (int)spelling.Place)) != 0 && StartsWith(latin, j, spelling.Text)
                                    && (spelling.Repeat is null || StartsWith(latin, end, spelling.Repeat)))
                                    Relax(next, end, here);
                            }
                        }
                    }
                }
                // Latin letter j alone: a short vowel, a doubled consonant, or an extra letter.
                if (j < m) Relax(row, j + 1, here + insert[j]);
            }
        }
        var similarity = 1f - cost[n * width + m] / length;
        return similarity >= ReportedFloor ? similarity : 0f;
    }

    /// <summary>
    /// What each Latin letter costs on its own, in three rows: before the first abjad letter, between two, after the
    /// last. Between two letters one vowel is free (the unwritten short vowel) and a consonant repeated is free (the
    /// unwritten shadda); before the first and after the last letter a vowel costs in full, except a French mute e.
    /// </summary>
    private static void InsertionCosts(ReadOnlySpan<char> latin, Span<float> costs)
    {
        var m = latin.Length;
        for (var j = 0; j < m; j++)
        {
            var c = latin[j];
            if (IsVowel(c))
            {
                costs[j] = EdgeVowel;
                costs[m + j] = j == 0 ? EdgeVowel : IsVowel(latin[j - 1]) ? ExtraVowel : 0f;
                // The mute e of French spellings is no vowel: Zidane, Hassine, Noureddine.
                costs[2 * m + j] = c == 'e' && j == m - 1 ? 0f : EdgeVowel;
            }
            else
            {
                var doubled = j + 1 < m && latin[j + 1] == c;
                costs[j] = MissedConsonant;
                costs[m + j] = costs[2 * m + j] = doubled ? 0f : MissedConsonant;
            }
        }
    }

    /// <summary>The places (bits of <see cref="SpellingPlace"/>) whose spellings apply to letter i.</summary>
    private static int PlacesAt(int i, int first, int n) =>
        1 << (int)SpellingPlace.Anywhere
        | (i > first ? 1 << (int)SpellingPlace.NotFirst : 0)
        | (i == first ? 1 << (int)SpellingPlace.FirstOnly : 0)
        | (i == n - 1 ? 1 << (int)SpellingPlace.LastOnly : 0);

    /// <summary>Whether letter i may go unwritten. A word's first letter (after the article) is written, unless a
    /// vowel letter after it gives the Latin word its first vowel (عادل Adil, عيسى Isa). A silent final letter (ه of
    /// Zadeh, ה of Moshe) stands for the a or e before it, so the Latin word must have one there (not "Abdul" or
    /// "Abdulali" for عبدالله); the loop checks that part.</summary>
    private static bool MayBeSilent(ReadOnlySpan<short> letters, int i, int first, SpellingPlace place) => place switch
    {
        SpellingPlace.NotFirst => i > first || (i == first && i + 1 < letters.Length && Symbols[letters[i + 1]].IsVowelLetter),
        SpellingPlace.LastOnly => i == letters.Length - 1,
        _ => true,
    };

    private static void Relax(Span<float> row, int j, float value)
    {
        if (value < row[j]) row[j] = value;
    }

    private static bool StartsWith(ReadOnlySpan<char> latin, int start, string text)
    {
        if (start + text.Length > latin.Length) return false;
        for (var k = 0; k < text.Length; k++)
        {
            if (latin[start + k] != text[k]) return false;
        }
        return true;
    }

    /// <summary>بن and "ibn", ابن and "bin": particles whose spellings differ by more than the letters show.</summary>
    private static bool SameParticle(ReadOnlySpan<short> letters, ReadOnlySpan<char> latin)
    {
        var particle = AbjadParticles.Whole(letters, AbjadParticles.Splits);
        return particle is not null && AbjadParticles.IsLatin(latin, particle);
    }

    /// <summary>The abjad word's length in letters: consonants count 1, vowel letters ½, the article nothing.</summary>
    private static float Weight(ReadOnlySpan<short> letters)
    {
        var weight = 0f;
        foreach (var id in letters)
        {
            if (id != AbjadLetters.Article) weight += Symbols[id].IsVowelLetter ? 0.5f : 1f;
        }
        return weight;
    }

    /// <summary>The Latin word's length in consonants, counting a digraph's h and a doubled letter once.</summary>
    private static float LatinWeight(ReadOnlySpan<char> latin)
    {
        var weight = 0;
        for (var j = 0; j < latin.Length; j++)
        {
            var c = latin[j];
            if (IsVowel(c) || (j > 0 && latin[j - 1] == c)) continue;
            if (c == 'h' && j > 0 && latin[j - 1] is 'c' or 'd' or 'g' or 'k' or 'p' or 's' or 't' or 'z') continue;
            weight++;
        }
        return Math.Max(1, weight);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The article is written as one of its Latin forms (an assimilated one only before its consonant:
    /// "arrahman", "ashshami"), as its vowel alone inside a word (Abdurahman, Azizirahman), or not at all.</summary>
    private static Spelling[] ArticleSpellings() =>
    [
        new Spelling(string.Empty, SpellingPlace.Anywhere),
        .. AbjadParticles.LatinArticles.Select(a => new Spelling(a, SpellingPlace.Anywhere, a[^1] == 'l' ? null : a.TrimStart("aeiou").ToString())),
        .. AbjadParticles.LatinArticles.Select(a => a[..(a.Length - a.TrimStart("aeiou").Length)]).Distinct()
            .Select(vowel => new Spelling(vowel, SpellingPlace.NotFirst)),
    ];
}
