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

    /// <summary>The longest romanisation of one character (a Han character's syllable with a break each side).</summary>
    private const int MostPerCharacter = 10;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length * MostPerCharacter + 1);
        try
        {
            var output = new Output(buffer);
            var span = text.AsSpan();
            var index = 0;
            while (index < span.Length)
            {
                if (span[index] < 0x80)
                {
                    output.Append(span[index++]);
                    continue;
                }
                Rune.DecodeFromUtf16(span[index..], out var rune, out var consumed);
                index += consumed;
                // One syllable, one word: the lists romanise these names syllable by syllable.
                var syllable = ScriptDetector.Of(rune) is "Han" or "Hangul";
                if (syllable) output.Break();
                foreach (var b in rune.Transliterate()) output.Append((char)b);
                if (syllable) output.Break();
            }
            return output.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>How many words the normalised text has, without building it.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] < 0x80)
            {
                Count(text[index++], ref words, ref inWord);
                continue;
            }
            Rune.DecodeFromUtf16(text[index..], out var rune, out var consumed);
            index += consumed;
            var syllable = ScriptDetector.Of(rune) is "Han" or "Hangul";
            if (syllable) inWord = false;
            foreach (var b in rune.Transliterate()) Count((char)b, ref words, ref inWord);
            if (syllable) inWord = false;
        }
        return words;
    }

    private static void Count(char c, ref int words, ref bool inWord)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            if (!inWord) words++;
            inWord = true;
        }
        else if (!Silent.Contains(c))
        {
            inWord = false;
        }
    }

    /// <summary>The words of the normalised name.</summary>
    public static string[] Tokenize(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Writes words into a buffer: letters and digits lower-cased, one space between words.</summary>
    private ref struct Output(char[] buffer)
    {
        private int length;
        private bool pendingSpace;

        public void Append(char c)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) buffer[length++] = ' ';
                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (!Silent.Contains(c))
            {
                pendingSpace = true;
            }
        }

        public void Break() => pendingSpace = true;

        public override readonly string ToString() => new(buffer, 0, length);
    }
}
