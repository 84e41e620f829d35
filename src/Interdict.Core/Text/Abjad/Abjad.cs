namespace Interdict.Core.Text;

/// <summary>
/// Matches names written in the abjads — Arabic (with the Persian, Urdu and Pashto letters) and Hebrew — against
/// their Latin spellings. These scripts write consonants and long vowels but not short vowels, so romanising محمد
/// gives "mhmd", which no word comparison pairs with "Mohamed"; here the abjad word's letters are aligned with the
/// Latin word's, each letter allowed its accepted spellings and the short vowels free (Data/abjad-letters.tsv), and
/// the name structure of these scripts (the article, عبد, compound halves such as الله and الدين, بن and ابو) is
/// applied to both sides (Data/abjad-particles.tsv).
/// <para>How the engine uses it, for a query in Arabic or Hebrew script against listed Latin names:</para>
/// <list type="bullet">
/// <item>Query side: <see cref="Words"/> cuts the query name into words the way Latin spellings cut it.</item>
/// <item>List side: <see cref="LatinWords"/> regroups a listed name's normalised words the same way (once per name,
/// at index time: "abdul sattar" → "abdulsattar", "saif al din" → "saifaldin", "abubakar" → "abu" "bakar").</item>
/// <item>Index: key the listed words — each word of <see cref="LatinWords"/> and each word as NameNormalizer gives it —
/// by <see cref="Skeleton"/>, and look a query word's <see cref="Skeleton"/> up in it.</item>
/// <item>Pairing: score a query word against a listed word with <see cref="Similarity"/> in place of the Latin word
/// comparison, and pair the words one to one as for Latin names.</item>
/// </list>
/// </summary>
public static class Abjad
{
    /// <summary>True when the word is written in Arabic, Persian or Hebrew script (has a letter of the Arabic or
    /// Hebrew blocks or of their presentation forms).</summary>
    public static bool IsAbjad(ReadOnlySpan<char> word) => AbjadSkeleton.HasAbjadLetter(word);

    /// <summary>
    /// The consonant skeleton of a word in Latin letters, the same for an abjad word and for its Latin spellings:
    /// محمد, "muhammad" and "mohamed" → "mhmd"; القيزاني, "alqizani" and "qizani" → "kdn"; عبد الستار, "abdulsattar"
    /// and "sattar" → "str". Accepts either script; a Latin word must be normalised (lower-case ASCII, as
    /// NameNormalizer writes it). Classes are coarse (d = d, z, dh; k = k, q, g, j; s = s, sh, ch) because one key
    /// must hold every spelling; the comparison, not the key, tells the names apart.
    /// </summary>
    public static string Skeleton(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return AbjadSkeleton.Of(word);
    }

    /// <summary>
    /// Similarity in [0, 1] of an abjad word (a word of <see cref="Words"/>) and a normalised Latin word (a word of
    /// <see cref="LatinWords"/>): 1 for an accepted spelling (محمد and "muhammad", "mohamed", "mohammad"), a little
    /// under 1 for a near one (an article only the Latin spelling has: قيزاني and "alqizani" 0.88), about 0.75 for
    /// related names that differ by a written long vowel (حسين and "hassan"), low for other names (محمد and "hamid"
    /// 0.63, "ahmed" 0); under 0.4 is reported as 0. Vowel quality is not judged: محمد and "mahmud" score 1, as only
    /// the و of محمود tells them apart. Allocation-free; a few hundred nanoseconds for name words.
    /// </summary>
    public static float Similarity(string abjadWord, string latinWord)
    {
        ArgumentNullException.ThrowIfNull(abjadWord);
        ArgumentNullException.ThrowIfNull(latinWord);
        return AbjadAlignment.Similarity(abjadWord, latinWord);
    }

    /// <summary>The usual Latin spelling of a word of <see cref="Words"/> that is a particle on its own (بن "bin",
    /// ابو "abu", بنت "bint"), or null for any other word.</summary>
    public static string? Particle(string abjadWord)
    {
        ArgumentNullException.ThrowIfNull(abjadWord);
        Span<short> letters = stackalloc short[AbjadLetterSequence.MaxLetters];
        var count = AbjadLetterSequence.Read(abjadWord, letters, out _);
        return AbjadParticles.Whole(letters[..count], AbjadParticles.Splits)?.Latin[0];
    }

    /// <summary>
    /// The words of an Arabic- or Hebrew-script name as Latin spellings group them: عبد with the word after it
    /// (عبد الستار → one word, Abdul Sattar / Abdulsattar), a compound half with the word before it (سيف الله → one
    /// word, Saifullah), an article written apart with its word, a particle written joined cut off (ابوبكر → ابو,
    /// بكر). Parts joined here are kept apart by a zero-width non-joiner. Presentation forms become letters and vowel
    /// marks are dropped; Latin words in the name are kept as they are.
    /// </summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AbjadNameWords.FromAbjad(name);
    }

    /// <summary>
    /// A Latin name's normalised words (NameNormalizer.Tokenize) regrouped as <see cref="Words"/> groups an Arabic-script
    /// name, so that the two pair one to one: "abd al razzaq" → "abdalrazzaq", "seif allah" → "seifallah",
    /// "nasir ud din" → "nasiruddin", "al qizani" → "alqizani", "binalshibh" → "bin" "alshibh".
    /// </summary>
    public static IReadOnlyList<string> LatinWords(IEnumerable<string> normalisedWords)
    {
        ArgumentNullException.ThrowIfNull(normalisedWords);
        return AbjadNameWords.FromLatin(normalisedWords);
    }
}
