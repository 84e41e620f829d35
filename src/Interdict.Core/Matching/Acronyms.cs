namespace Interdict.Core.Matching;

/// <summary>
/// Organisations go by the initials of their names: "MERI" is MOLECULAR ELECTRONICS RESEARCH INSTITUTE, JSC and
/// "OUIS" the OFFICER'S UNION FOR INTERNATIONAL SECURITY. The initials are taken from the words that carry the
/// name — name words and common words of four letters or more — leaving out legal forms and short function words.
/// </summary>
internal static class Acronyms
{
    /// <summary>Three-letter initials match too many names by chance.</summary>
    public const int MinimumLength = 4;
    public const int MaximumLength = 8;

    /// <summary>The initials of a name of enough words, or null.</summary>
    public static string? Of(AnalyzedName name)
    {
        Span<char> initials = stackalloc char[MaximumLength];
        var length = 0;
        foreach (var token in name.Tokens)
        {
            if (!Carries(token)) continue;
            foreach (var word in token.Original.Split(' '))
            {
                if (length == MaximumLength) return null;
                initials[length++] = word[0];
            }
        }
        return length >= MinimumLength ? new string(initials[..length]) : null;
    }

    /// <summary>The one word of a name that could be initials ("MERI", "TPE"), or null.</summary>
    public static string? AsInitials(AnalyzedName name)
    {
        if (name.IdentifyingCount != 1) return null;
        var word = Array.Find(name.Tokens, t => t.IsIdentifying).Text;
        return word.Length is >= MinimumLength and <= MaximumLength && word.All(char.IsAsciiLetter) ? word : null;
    }

    private static bool Carries(in NameToken token) =>
        token.Class == TermClass.Name || (token.Class == TermClass.Generic && token.Original.Length >= 4);
}
