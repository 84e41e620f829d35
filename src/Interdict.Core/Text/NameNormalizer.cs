using System.Buffers;
using System.Text;
using AnyAscii;

namespace Interdict.Core.Text;

/// <summary>
/// Turns a name in any script into lower-case ASCII words separated by single spaces — the one form the index and
/// the queries share. Letters of other scripts are romanised (AnyAscii's tables), diacritics dropped, apostrophes
/// and ayn/hamza marks removed without a break ("GAMA'AT" → "gamaat"), other punctuation becomes a word break.
/// Chinese characters and Hangul syllables are romanised one syllable per word, as the lists write Korean and
/// Chinese names ("Kim Jong Un", "Li Ming").
/// </summary>
public static class NameNormalizer
{
    private static readonly SearchValues<char> Silent = SearchValues.Create("'’‘`´ʹʻʼʽʾʿ\u02C8\u00B4");

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var output = new StringBuilder(text.Length + 8);
        var pendingSpace = false;
        var span = text.AsSpan();
        var index = 0;
        while (index < span.Length)
        {
            if (span[index] < 0x80)
            {
                AppendAscii(output, span[index], ref pendingSpace);
                index++;
                continue;
            }
            Rune.DecodeFromUtf16(span[index..], out var rune, out var consumed);
            var script = ScriptDetector.Of(rune);
            if (script is "Han" or "Hangul")
            {
                // One syllable, one word: the lists romanise these names syllable by syllable.
                pendingSpace = true;
                AppendRomanised(output, rune.ToString(), ref pendingSpace);
                pendingSpace = true;
            }
            else
            {
                AppendRomanised(output, rune.ToString(), ref pendingSpace);
            }
            index += consumed;
        }
        return output.ToString();
    }

    /// <summary>The words of the normalised name.</summary>
    public static string[] Tokenize(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void AppendRomanised(StringBuilder output, string rune, ref bool pendingSpace)
    {
        foreach (var c in rune.Transliterate()) AppendAscii(output, c, ref pendingSpace);
    }

    private static void AppendAscii(StringBuilder output, char c, ref bool pendingSpace)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            if (pendingSpace && output.Length > 0) output.Append(' ');
            pendingSpace = false;
            output.Append(char.ToLowerInvariant(c));
        }
        else if (!Silent.Contains(c))
        {
            pendingSpace = true;
        }
    }
}
