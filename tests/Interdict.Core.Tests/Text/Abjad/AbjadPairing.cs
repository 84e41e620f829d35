using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

/// <summary>
/// Pairs the words of an Arabic- or Hebrew-script name with a Latin name's words one to one, best pairs first, the
/// way the engine is meant to use <see cref="Abjad"/>: <see cref="Abjad.Words"/> on one side, NameNormalizer and
/// <see cref="Abjad.LatinWords"/> on the other, <see cref="Abjad.Similarity"/> between them.
/// </summary>
internal static class AbjadPairing
{
    /// <summary>Each word of the abjad name with its partner in the Latin name (null when none is left) and their
    /// similarity.</summary>
    public static List<(string Word, string? Partner, float Similarity)> Pair(string abjadName, string latinName)
    {
        var words = Abjad.Words(abjadName);
        var latin = Abjad.LatinWords(NameNormalizer.Tokenize(latinName));
        var similarity = new float[words.Count, latin.Count];
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = 0; j < latin.Count; j++) similarity[i, j] = Abjad.Similarity(words[i], latin[j]);
        }
        var pairs = words.Select(w => (Word: w, Partner: (string?)null, Similarity: 0f)).ToList();
        var wordUsed = new bool[words.Count];
        var latinUsed = new bool[latin.Count];
        while (true)
        {
            var (best, bestWord, bestLatin) = (0f, -1, -1);
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = 0; j < latin.Count; j++)
                {
                    if (wordUsed[i] || latinUsed[j] || similarity[i, j] <= best) continue;
                    (best, bestWord, bestLatin) = (similarity[i, j], i, j);
                }
            }
            if (bestWord < 0) return pairs;
            wordUsed[bestWord] = latinUsed[bestLatin] = true;
            pairs[bestWord] = (words[bestWord], latin[bestLatin], best);
        }
    }

    /// <summary>True when every word of the abjad name finds a partner at least <paramref name="threshold"/> similar.</summary>
    public static bool AllFound(string abjadName, string latinName, float threshold) =>
        Pair(abjadName, latinName).All(p => p.Similarity >= threshold);

    public static string Describe(IEnumerable<(string Word, string? Partner, float Similarity)> pairs) =>
        string.Join(" | ", pairs.Select(p => $"{p.Word} ~ {p.Partner ?? "-"} {p.Similarity:0.00}"));
}
