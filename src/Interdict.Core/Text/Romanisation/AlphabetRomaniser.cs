using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Romanises words of the alphabetic scripts (Cyrillic, Greek, Armenian, Georgian) in every system their language
/// uses (Data/romanisation-systems.tsv), the most common first. A Cyrillic name's language — Russian, Ukrainian or
/// Belarusian — is guessed from letters only one of them uses, since the three spell the same sounds differently.
/// </summary>
internal static class AlphabetRomaniser
{
    private sealed record SystemEntry(AlphabetSystem System, bool UsesGivenNames);

    /// <summary>The systems of each language, and the one language of each script but Cyrillic (whose language is
    /// read from the name).</summary>
    private sealed record Catalogue(FrozenDictionary<string, SystemEntry[]> SystemsByLanguage, FrozenDictionary<string, string> LanguageOfScript);

    // Declared first: the given names below are keyed without marks.
    private static readonly FrozenDictionary<char, string> Marks =
        EmbeddedTable.Read("romanisation-marks.tsv", "from", "to", "note")
            .ToFrozenDictionary(r => r[0][0], r => r[1]);

    private static readonly SearchValues<char> MarkedLetters = SearchValues.Create(Marks.Keys.AsSpan());

    private static readonly Catalogue Systems = LoadSystems();

    private static readonly (string Language, string Marker)[] CyrillicLanguages =
        EmbeddedTable.Read("romanisation-cyrillic-languages.tsv", "language", "marker", "note")
            .Select(r => (r[0], r[1]))
            .ToArray();

    private static readonly FrozenDictionary<string, string> GivenNames =
        EmbeddedTable.Read("romanisation-given-names.tsv", "language", "name", "latin", "note")
            .ToFrozenDictionary(r => Key(r[0], RemoveMarks(r[1])), r => r[2], StringComparer.Ordinal);

    /// <summary>The language whose systems romanise this script's words in <paramref name="name"/>.</summary>
    public static string LanguageOf(string script, string name)
    {
        if (script != "Cyrillic") return Systems.LanguageOfScript[script];
        foreach (var (language, marker) in CyrillicLanguages)
        {
            if (ContainsAll(name, marker)) return language;
        }
        return "ru";
    }

    /// <summary>Whether every one of the lower-case letters occurs in the text, in either case.</summary>
    private static bool ContainsAll(string text, string letters)
    {
        foreach (var letter in letters)
        {
            if (text.IndexOf(letter, StringComparison.Ordinal) < 0
                && text.IndexOf(char.ToUpperInvariant(letter), StringComparison.Ordinal) < 0)
                return false;
        }
        return true;
    }

    /// <summary>The word in each system of the language, in the systems' order (duplicates are kept: the
    /// caller aligns the words of a name by system).</summary>
    public static string[] Render(string word, string language)
    {
        var systems = Systems.SystemsByLanguage[language];
        var lower = RemoveMarks(word.ToLowerInvariant());
        var renderings = new string[systems.Length];
        var output = new StringBuilder(lower.Length * 2);
        for (var i = 0; i < systems.Length; i++)
        {
            output.Clear();
            if (systems[i].UsesGivenNames && GivenNames.TryGetValue(Key(language, lower), out var conventional))
                output.Append(conventional);
            else
                systems[i].System.Transliterate(lower, output);
            renderings[i] = LatinCase.Like(word, output.ToString());
        }
        return renderings;
    }

    private static string Key(string language, string name) => language + ":" + name;

    /// <summary>Drops accents and stress marks that no system writes (Νικόλαος, Никола́й).</summary>
    private static string RemoveMarks(string lower)
    {
        if (lower.AsSpan().IndexOfAny(MarkedLetters) < 0) return lower;
        var output = new StringBuilder(lower.Length);
        foreach (var c in lower) output.Append(Marks.TryGetValue(c, out var replacement) ? replacement : c);
        return output.ToString();
    }

    private static Catalogue LoadSystems()
    {
        var rows = EmbeddedTable.Read("romanisation-systems.tsv", "script", "language", "system", "names", "note");
        var letterTables = rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).ToDictionary(
            script => script,
            script => EmbeddedTable.Read($"romanisation-{script.ToLowerInvariant()}.tsv", "system", "letters", "context", "latin", "note"),
            StringComparer.Ordinal);
        var languageOfScript = rows.Where(r => r[0] != "Cyrillic")
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        var systemsByLanguage = rows.GroupBy(r => r[1], StringComparer.Ordinal).ToFrozenDictionary(
            g => g.Key,
            g => g.Select(r => new SystemEntry(AlphabetSystem.Create(letterTables[r[0]], r[2]), ParseYesNo(r[3], r.Where))).ToArray(),
            StringComparer.Ordinal);
        return new Catalogue(systemsByLanguage, languageOfScript);
    }

    private static bool ParseYesNo(string text, string where) => text switch
    {
        "yes" => true,
        "no" => false,
        _ => throw new InvalidDataException($"{where}: names must be 'yes' or 'no', not '{text}'."),
    };
}
