using Interdict.Core.Data;

namespace Interdict.Core.Text;

/// <summary>
/// The consonant skeleton an abjad word shares with its Latin spellings, in the classes of Data/abjad-letters.tsv and
/// Data/abjad-latin.tsv: vowels, vowel letters and glides left out, a repeated class written once, a final h dropped
/// (ة and the final ه of Abdullah / Abdulla are written or not). The article is left out wherever it is recognised,
/// and a leading عبد (Abd, Abdul, Abdel…) when what follows has at least two consonants: an index keyed on this finds
/// "sattar" and "abdulsattar" for عبد الستار, "qizani" and "alqizani" for القيزاني.
/// </summary>
internal static class AbjadSkeleton
{
    private const int MaxLength = 64;

    /// <summary>Latin spellings and their classes ('\0': left out), longest first.</summary>
    private static readonly (string Latin, char Class)[] LatinClasses = EmbeddedTable.Read("abjad-latin.tsv", "latin", "class", "note")
        .Select(r => (r[0], r[1] switch
        {
            "" => '\0',
            [var c] when "bftdskhlmnr".Contains(c) => c,
            _ => throw new InvalidDataException($"{r.Where}: unknown class '{r[1]}'."),
        }))
        .OrderByDescending(r => r.Item1.Length)
        .ToArray();

    internal static int LatinClassCount => LatinClasses.Length;

    public static string Of(string word)
    {
        Span<char> output = stackalloc char[MaxLength];
        var length = HasAbjadLetter(word) ? FromAbjad(word, output) : FromLatin(word, output);
        return new string(output[..length]);
    }

    public static bool HasAbjadLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (AbjadLetters.IsAbjadCode(c) && char.IsLetter(c)) return true;
        }
        return false;
    }

    private static int FromAbjad(string word, Span<char> output)
    {
        Span<short> letters = stackalloc short[AbjadLetterSequence.MaxLetters];
        var count = AbjadLetterSequence.Read(word, letters, out var prefix);
        letters = letters[..count];
        var length = 0;
        if (prefix > 0)
        {
            AppendAbjad(letters[prefix..], output, ref length);
            if (WithoutFinalH(output, length) >= 2) return WithoutFinalH(output, length);
            length = 0;
        }
        AppendAbjad(letters, output, ref length);
        return WithoutFinalH(output, length);
    }

    private static void AppendAbjad(ReadOnlySpan<short> letters, Span<char> output, ref int length)
    {
        foreach (var id in letters)
        {
            if (id < AbjadLetters.All.Length) Append(AbjadLetters.All[id].Class, output, ref length);
        }
    }

    /// <summary>A Latin word, read as [joiner + article] [article] core [article + compound half].</summary>
    private static int FromLatin(ReadOnlySpan<char> word, Span<char> output)
    {
        var length = 0;
        var joiner = AbjadParticles.LatinJoinerLength(word, default, out var joinerWord);
        if (joiner > 0 && joiner < word.Length)
        {
            AppendLatinCore(word[joiner..], output, ref length);
            if (WithoutFinalH(output, length) >= 2) return WithoutFinalH(output, length);
            length = 0;
            AppendLatin(word[..joinerWord], output, ref length);
            AppendLatinCore(word[joiner..], output, ref length);
            return WithoutFinalH(output, length);
        }
        var article = AbjadParticles.LatinArticleLength(word, default);
        if (article > 0)
        {
            AppendLatinCore(word[article..], output, ref length);
            if (length >= 1) return WithoutFinalH(output, length);
            length = 0;
        }
        AppendLatinCore(word, output, ref length);
        return WithoutFinalH(output, length);
    }

    /// <summary>The classes of a word, without the article of a compound half it ends with (Habib·ul·lah).</summary>
    private static void AppendLatinCore(ReadOnlySpan<char> word, Span<char> output, ref int length)
    {
        var tail = AbjadParticles.LatinTailStart(word, out var stem);
        if (tail > 0 && tail < stem)
        {
            AppendLatin(word[..tail], output, ref length);
            AppendLatin(word[stem..], output, ref length);
            return;
        }
        AppendLatin(word, output, ref length);
    }

    private static void AppendLatin(ReadOnlySpan<char> text, Span<char> output, ref int length)
    {
        var i = 0;
        while (i < text.Length)
        {
            var step = 1;
            var @class = '\0';
            foreach (var (latin, latinClass) in LatinClasses)
            {
                if (!text[i..].StartsWith(latin, StringComparison.Ordinal)) continue;
                step = latin.Length;
                @class = latinClass;
                break;
            }
            Append(@class, output, ref length);
            i += step;
        }
    }

    /// <summary>The length without a final h: ة and a final ه are written or not (Hamza / Hamzah, Abdulla / Abdullah).</summary>
    private static int WithoutFinalH(ReadOnlySpan<char> output, int length) => length > 0 && output[length - 1] == 'h' ? length - 1 : length;

    private static void Append(char @class, Span<char> output, ref int length)
    {
        if (@class is '\0' or '?' || length == output.Length || (length > 0 && output[length - 1] == @class)) return;
        output[length++] = @class;
    }
}
