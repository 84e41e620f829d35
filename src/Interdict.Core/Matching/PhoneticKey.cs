using Interdict.Core.Data;

namespace Interdict.Core.Matching;

/// <summary>
/// The consonant skeleton of a romanised word: spellings that differ only by romanisation system share it
/// (rules in Data/phonetic-rules.tsv). Vowels are dropped because Arabic and Hebrew scripts do not write short
/// vowels and romanisations disagree on them most — except that a word starting with a vowel keeps one mark for
/// it, so that Elvis is not Lewis nor Orest Resit, while Osama and Usama, Ivan and Evan still meet.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>Skeletons shorter than this collide too often to mean anything ("ali", "ola", "eli").</summary>
    public const int MinimumLength = 3;

    private const int LongestWord = 64;

    /// <summary>Stands for any vowel that begins a word.</summary>
    private const char InitialVowel = 'a';

    /// <summary>Rewrite rules by their first letter, longest first, so a letter is tried against a few rules.</summary>
    private static readonly (string From, string To)[][] RulesByFirstLetter = BuildRules();

    /// <summary>The skeleton of a lower-case ASCII word, or "" when it is too short to use.</summary>
    public static string Of(string word)
    {
        if (word.Length is < MinimumLength or > LongestWord) return string.Empty;
        Span<char> output = stackalloc char[LongestWord * 2];
        var length = 0;
        var i = 0;
        while (i < word.Length)
        {
            var c = word[i];
            ReadOnlySpan<char> piece = word.AsSpan(i, 1);
            var consumed = 1;
            if (c < 128)
            {
                foreach (var (from, to) in RulesByFirstLetter[c])
                {
                    if (string.CompareOrdinal(word, i, from, 0, from.Length) != 0) continue;
                    piece = to;
                    consumed = from.Length;
                    break;
                }
            }
            var initial = i == 0;
            i += consumed;
            foreach (var p in piece)
            {
                if (initial && IsVowel(p) && length == 0)
                {
                    output[length++] = InitialVowel;
                    continue;
                }
                if (IsVowel(p) || (length > 0 && output[length - 1] == p)) continue;
                output[length++] = p;
            }
        }
        return length >= MinimumLength ? new string(output[..length]) : string.Empty;
    }

    private static (string From, string To)[][] BuildRules()
    {
        var byLetter = new (string, string)[128][];
        var rules = EmbeddedTable.Read("phonetic-rules.tsv", "from", "to", "note").Select(r => (From: r[0], To: r[1])).ToList();
        for (var c = 0; c < 128; c++)
        {
            byLetter[c] = [.. rules.Where(r => r.From[0] == c).OrderByDescending(r => r.From.Length)];
        }
        return byLetter;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
