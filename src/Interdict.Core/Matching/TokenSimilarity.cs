using System.Numerics;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>How two name words were found to correspond.</summary>
public enum MatchKind
{
    /// <summary>The same word.</summary>
    Exact,
    /// <summary>The same word once a non-Latin spelling is romanised.</summary>
    Transliterated,
    /// <summary>Other words for the same thing: a legal form in another language (OOO = Limited Liability
    /// Company), a translated or abbreviated common word.</summary>
    Equivalent,
    /// <summary>Spellings of one word in different romanisations (same consonant skeleton).</summary>
    Variant,
    /// <summary>Close in spelling: a typo or a small variation.</summary>
    Fuzzy,
    /// <summary>An initial standing for the word.</summary>
    Initial,
    /// <summary>A word made of the initials of the other name's words.</summary>
    Acronym,
    /// <summary>One word on one side written as two on the other ("ALZAWAHIRI" / "AL ZAWAHIRI").</summary>
    Joined,
}

/// <summary>Similarity of two analysed words in [0, 1].</summary>
internal static class TokenSimilarity
{
    /// <summary>Below this, a spelling difference is a different word.</summary>
    public const float FuzzyFloor = 0.7f;

    /// <summary>Below this, words with the same skeleton are different names spelt alike (Hassan / Hussein are
    /// 0.57 and pass; Orest / Resit, 0.4, do not).</summary>
    public const float VariantFloor = 0.5f;

    public static float Compare(in NameToken a, in NameToken b, out MatchKind kind)
    {
        kind = MatchKind.Exact;
        if (a.IsAbjad != b.IsAbjad) return CompareAcrossScripts(a.IsAbjad ? a : b, a.IsAbjad ? b : a, out kind);
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            if (!string.Equals(a.Original, b.Original, StringComparison.Ordinal)) kind = MatchKind.Equivalent;
            return 1f;
        }
        // Numbers, legal forms and other table terms only match exactly: "2" is not "3", LLC is not JSC.
        if (!a.IsFuzzyComparable || !b.IsFuzzyComparable) return 0f;

        if (a.Class == TermClass.Initial || b.Class == TermClass.Initial)
        {
            kind = MatchKind.Initial;
            return a.Text[0] == b.Text[0] ? 0.6f : 0f;
        }

        var longer = Math.Max(a.Text.Length, b.Text.Length);
        var sameKey = a.Key.Length > 0 && string.Equals(a.Key, b.Key, StringComparison.Ordinal);
        // Lengths alone can rule a pair out: the edit distance is at least their difference.
        var lengthSimilarity = 1f - (float)Math.Abs(a.Text.Length - b.Text.Length) / longer;
        if (lengthSimilarity < (sameKey ? VariantFloor : FuzzyFloor)) return 0f;
        if (!sameKey && Math.Min(a.Text.Length, b.Text.Length) < 4) return 0f;
        // Every letter one word has and the other lacks costs at least one edit.
        var missing = Math.Max(BitOperations.PopCount(a.Letters & ~b.Letters), BitOperations.PopCount(b.Letters & ~a.Letters));
        if (1f - (float)missing / longer < (sameKey ? VariantFloor : FuzzyFloor)) return 0f;
        var editSimilarity = 1f - (float)EditDistance(a.Text, b.Text) / longer;
        if (sameKey && editSimilarity >= VariantFloor)
        {
            kind = MatchKind.Variant;
            return Math.Min(0.97f, 0.7f + 0.3f * editSimilarity);
        }
        if (Math.Min(a.Text.Length, b.Text.Length) >= 4 && editSimilarity >= FuzzyFloor)
        {
            kind = MatchKind.Fuzzy;
            return editSimilarity;
        }
        return 0f;
    }

    /// <summary>An Arabic-, Persian- or Hebrew-script word against a Latin one, by letter alignment
    /// (<see cref="Abjad.Similarity"/>): an accepted spelling is transliterated, a near one a variant.</summary>
    private static float CompareAcrossScripts(in NameToken abjad, in NameToken latin, out MatchKind kind)
    {
        kind = MatchKind.Transliterated;
        if (latin.Class != TermClass.Name) return 0f;
        // A Latin spelling writes each letter with one to three letters, plus the short vowels the script leaves out:
        // far shorter or longer words cannot be the same name.
        if (latin.Text.Length < abjad.Text.Length - 2 || latin.Text.Length > 3 * abjad.Text.Length + 4) return 0f;
        var similarity = Abjad.Similarity(abjad.Text, latin.Text);
        if (similarity < FuzzyFloor) return 0f;
        if (similarity < 1f) kind = MatchKind.Variant;
        return similarity;
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }
        if (b.Length == 0) return a.Length;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
            }
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[width - 1];
    }
}
