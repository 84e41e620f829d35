using System.Collections.Frozen;
using System.Text;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Romanises Japanese kana in Hepburn (Data/romanisation-kana.tsv), with long vowels in each spelling names use
/// (Taro, Tarou, Taroh). Two signs are rules rather than letters: small tsu doubles the next consonant (Hattori;
/// tch before ch) and the prolonged sound mark lengthens the vowel before it.
/// </summary>
internal static class KanaRomaniser
{
    private const string SmallTsu = "っッ";
    private const char ProlongedSound = 'ー';

    private static readonly FrozenDictionary<string, string> Kana =
        EmbeddedTable.Read("romanisation-kana.tsv", "kana", "hepburn", "note")
            .ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    public static IEnumerable<string> Render(string kana) =>
        HepburnLongVowels.Spell(LatinCase.Title(MarkLongVowels(Hepburn(kana))));

    private static string Hepburn(string kana)
    {
        var output = new StringBuilder(kana.Length * 3);
        var doubleNext = false;
        var i = 0;
        while (i < kana.Length)
        {
            if (SmallTsu.Contains(kana[i], StringComparison.Ordinal))
            {
                doubleNext = true;
                i++;
                continue;
            }
            if (kana[i] == ProlongedSound)
            {
                if (output.Length > 0) output.Append(output[^1]);
                i++;
                continue;
            }
            var length = i + 1 < kana.Length && Kana.ContainsKey(kana.Substring(i, 2)) ? 2 : 1;
            var syllable = Kana.GetValueOrDefault(kana.Substring(i, length)) ?? kana.Substring(i, length);
            if (doubleNext && syllable.Length > 0) output.Append(syllable.StartsWith("ch", StringComparison.Ordinal) ? 't' : syllable[0]);
            doubleNext = false;
            output.Append(syllable);
            i += length;
        }
        return output.ToString();
    }

    /// <summary>Marks ou, oo, uu, aa and ee (also those from the prolonged sound mark) as long vowels (tarou → tarō).</summary>
    private static string MarkLongVowels(string romaji)
    {
        var output = new StringBuilder(romaji.Length);
        for (var i = 0; i < romaji.Length; i++)
        {
            var c = romaji[i];
            var next = i + 1 < romaji.Length ? romaji[i + 1] : '\0';
            // Hepburn writes ii as it is (Iida, Niigata): only a, u, e and o take a macron.
            var lengthens = (c == 'o' && next is 'u' or 'o') || (c is 'a' or 'e' or 'u' && next == c);
            var macron = lengthens ? HepburnLongVowels.Lengthened(c) : '\0';
            if (macron == '\0')
            {
                output.Append(c);
                continue;
            }
            output.Append(macron);
            i++;
        }
        return output.ToString();
    }
}
