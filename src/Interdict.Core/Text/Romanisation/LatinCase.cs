namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Gives a romanised word the letter case of the word it was romanised from, so "ДМИТРИЙ" comes out "DMITRY" and
/// "Дмитрий" "Dmitry": renderings read like the lists' own spellings (normalisation lower-cases them anyway).
/// </summary>
internal static class LatinCase
{
    public static string Like(string source, string latin)
    {
        if (latin.Length == 0) return latin;
        var letters = 0;
        var upper = 0;
        foreach (var c in source)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters > 1 && upper == letters) return latin.ToUpperInvariant();
        return upper > 0 && char.IsUpper(source.First(char.IsLetter)) ? Title(latin) : latin;
    }

    /// <summary>The word with its first letter in upper case.</summary>
    public static string Title(string latin) =>
        latin.Length == 0 || char.IsUpper(latin[0]) ? latin : char.ToUpperInvariant(latin[0]) + latin[1..];
}
