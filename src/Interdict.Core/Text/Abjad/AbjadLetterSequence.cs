namespace Interdict.Core.Text;

/// <summary>
/// Reads an Arabic- or Hebrew-script word into the letter ids the comparison and the skeleton work on: presentation
/// forms become their letters, vowel marks and tatweel go, and the article ال becomes one pseudo-letter
/// (<see cref="AbjadLetters.Article"/>) wherever a name part may start with it — at the start of the word, after a
/// zero-width non-joiner, after a leading عبد (عبدالرحمن) and at the start of a trailing compound half (نورالدين).
/// </summary>
internal static class AbjadLetterSequence
{
    /// <summary>Longer words are cut: no name word comes near it.</summary>
    public const int MaxLetters = 48;

    /// <summary>Fills <paramref name="ids"/> (at least <see cref="MaxLetters"/> long) with the word's letters.</summary>
    /// <param name="prefixLength">The number of letters of a leading joins-next word (عبد in عبدالستار, آل in آل‌سعود)
    /// when more letters follow it; 0 otherwise.</param>
    /// <returns>The number of letters.</returns>
    public static int Read(ReadOnlySpan<char> word, Span<short> ids, out int prefixLength)
    {
        Span<short> raw = stackalloc short[MaxLetters];
        Span<bool> partStart = stackalloc bool[MaxLetters + 1];
        partStart.Clear();
        var count = 0;
        partStart[0] = true;
        foreach (var c in word)
        {
            foreach (var id in AbjadLetters.Of(c))
            {
                if (id == AbjadLetters.PartBoundary || id == AbjadLetters.Break) partStart[count] = true;
                else if (id != AbjadLetters.Ignored && count < MaxLetters) raw[count++] = id;
            }
        }
        raw = raw[..count];
        var prefixEnd = 0;
        foreach (var joiner in AbjadParticles.JoinsNext)
        {
            if (count <= joiner.Letters.Length || !AbjadParticles.At(raw, 0, joiner)) continue;
            prefixEnd = joiner.Letters.Length;
            partStart[prefixEnd] = true;
            break;
        }
        foreach (var tail in AbjadParticles.JoinsPrevious)
        {
            var start = count - tail.Letters.Length;
            if (start >= 2 && AbjadParticles.At(raw, start, tail)) partStart[start] = true;
        }

        var length = 0;
        var i = 0;
        prefixLength = 0;
        while (i < count)
        {
            if (i == prefixEnd) prefixLength = length;
            // The article needs a word after it: ال alone is not an article.
            if (partStart[i] && i + 2 < count && !partStart[i + 2] && AbjadParticles.IsArticle(raw[i..]))
            {
                ids[length++] = AbjadLetters.Article;
                i += 2;
                continue;
            }
            ids[length++] = raw[i++];
        }
        return length;
    }
}
