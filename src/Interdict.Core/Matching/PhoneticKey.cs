using System.Text;
using Interdict.Core.Data;

namespace Interdict.Core.Matching;

/// <summary>
/// The consonant skeleton of a romanised word: spellings that differ only by romanisation system share it
/// (rules in Data/phonetic-rules.tsv). Vowels are dropped because Arabic and Hebrew scripts do not write short
/// vowels and romanisations disagree on them most.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>Skeletons shorter than this collide too often to mean anything ("ali", "ola", "eli").</summary>
    public const int MinimumLength = 3;

    private static readonly (string From, string To)[] Rules = EmbeddedTable.Read("phonetic-rules.tsv", "from", "to", "note")
        .Select(r => (r[0], r[1]))
        .OrderByDescending(r => r.Item1.Length)
        .ToArray();

    /// <summary>The skeleton of a lower-case ASCII word, or "" when it is too short to use.</summary>
    public static string Of(string word)
    {
        var output = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            var rule = Array.FindIndex(Rules, r => string.CompareOrdinal(word, i, r.From, 0, r.From.Length) == 0);
            var piece = rule >= 0 ? Rules[rule].To : word[i].ToString();
            i += rule >= 0 ? Rules[rule].From.Length : 1;
            foreach (var c in piece)
            {
                if (IsVowel(c)) continue;
                if (output.Length > 0 && output[^1] == c) continue;
                output.Append(c);
            }
        }
        return output.Length >= MinimumLength ? output.ToString() : string.Empty;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
