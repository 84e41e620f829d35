using System.Collections.Frozen;
using System.Text;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Spells the long vowels of a Hepburn romanisation with macrons (Satō Tarō) in the three ways Latin names carry
/// them (Data/romanisation-long-vowels.tsv): plain (Sato Taro), wapuro (Satou Tarou) and passport (Satoh Taroh).
/// </summary>
internal static class HepburnLongVowels
{
    private static readonly FrozenDictionary<char, string[]> Spellings =
        EmbeddedTable.Read("romanisation-long-vowels.tsv", "vowel", "plain", "wapuro", "passport", "note")
            .ToFrozenDictionary(r => r[0][0], r => new[] { r[1], r[2], r[3] });

    /// <summary>The vowel with a macron (o → ō), to mark a long vowel found in kana; '\0' for none.</summary>
    public static char Lengthened(char vowel) => Spellings.Keys.FirstOrDefault(k => Spellings[k][0][0] == vowel);

    /// <summary>The text in each spelling of long vowels, plain first; the same text once when it has none.</summary>
    public static IEnumerable<string> Spell(string macronised)
    {
        if (macronised.AsSpan().IndexOfAny(Spellings.Keys.AsSpan()) < 0) return [macronised];
        return Enumerable.Range(0, 3).Select(style =>
        {
            var output = new StringBuilder(macronised.Length + 4);
            foreach (var c in macronised)
            {
                if (Spellings.TryGetValue(char.ToLowerInvariant(c), out var spelled))
                    output.Append(char.IsUpper(c) ? LatinCase.Title(spelled[style]) : spelled[style]);
                else
                    output.Append(c);
            }
            return output.ToString();
        }).Distinct(StringComparer.Ordinal);
    }
}
