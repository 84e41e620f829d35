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
            var family = NameNormalizer.Tokenize(name[..comma]).Length;
            return family > 0 && family < wordCount ? [.. Enumerable.Range(0, wordCount).Select(i => i < family)] : null;
        }
        var pieces = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = pieces.Select(IsCapitals).ToArray();
        if (!capitals.Contains(true) || !pieces.Any(p => p.Any(char.IsLower))) return null;
        var marks = new List<bool>(wordCount);
        for (var i = 0; i < pieces.Length; i++)
            marks.AddRange(Enumerable.Repeat(capitals[i], NameNormalizer.Tokenize(pieces[i]).Length));
        return marks.Count == wordCount ? [.. marks] : null;
    }

    /// <summary>A word written in capitals of at least two letters ("BARAKZAI", "AL-QIZANI").</summary>
    private static bool IsCapitals(string piece) =>
        piece.Count(char.IsLetter) >= 2 && piece.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
