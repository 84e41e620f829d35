using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>
/// Which words of a listed person's name are the family name, where the list's writing shows it: OFAC writes
/// "SURNAME, Given names" and the UK list "Given names SURNAME" with the surname in capitals. A name in one case
/// throughout and without a comma (the UN's) shows nothing.
/// </summary>
internal static class FamilyNames
{
    /// <summary>For each word of the normalised name, whether it belongs to the family name; null when the
    /// writing does not tell.</summary>
    public static bool[]? Mark(string name, int wordCount)
    {
        var comma = name.IndexOf(',');
        if (comma > 0)
        {
            var family = NameNormalizer.CountWords(name.AsSpan(0, comma));
            return family > 0 && family < wordCount ? [.. Enumerable.Range(0, wordCount).Select(i => i < family)] : null;
        }
        if (!name.Any(char.IsLower)) return null;
        var marks = new bool[wordCount];
        var marked = 0;
        var anyCapitals = false;
        foreach (var piece in name.AsSpan().Split(' '))
        {
            var words = NameNormalizer.CountWords(name.AsSpan(piece));
            if (marked + words > wordCount) return null;
            var capitals = IsCapitals(name.AsSpan(piece));
            anyCapitals |= capitals;
            marks.AsSpan(marked, words).Fill(capitals);
            marked += words;
        }
        return anyCapitals && marked == wordCount ? marks : null;
    }

    /// <summary>A word written in capitals of at least two letters ("BARAKZAI", "AL-QIZANI").</summary>
    private static bool IsCapitals(ReadOnlySpan<char> piece)
    {
        var letters = 0;
        foreach (var c in piece)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
