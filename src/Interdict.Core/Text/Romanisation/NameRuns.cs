using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>A stretch of a name in one script: Latin words and separators are kept as they are.</summary>
internal readonly record struct NameRun(string Script, string Text)
{
    public const string Verbatim = "Latin";

    public bool IsVerbatim => Script == Verbatim;
}

/// <summary>
/// Cuts a name into runs of one script each, so every part is romanised by the rules of its own script and Latin
/// parts (a legal form, a Latin word in a Cyrillic name) stay as they are. Two cleanups of real list data: Latin
/// letters that look like Cyrillic ones inside a Cyrillic word are read as Cyrillic (Тетянa, Iгар), and a short
/// Han or Hangul name written with a space after the surname (习 近平, 김 정은) is read as one name.
/// </summary>
internal static class NameRuns
{
    /// <summary>Han and Hangul names are at most this long (a two-syllable surname and a two-syllable given name).</summary>
    private const int LongestEastAsianName = 4;

    private static readonly FrozenDictionary<char, char> Homoglyphs =
        EmbeddedTable.Read("romanisation-homoglyphs.tsv", "latin", "cyrillic", "note")
            .ToFrozenDictionary(r => r[0][0], r => r[1][0]);

    public static List<NameRun> Split(string name)
    {
        var runs = new List<NameRun>();
        foreach (var word in Words(name))
        {
            if (IsSeparator(word)) Add(runs, NameRun.Verbatim, word);
            else if (IsCyrillicWithHomoglyphs(word)) Add(runs, "Cyrillic", ReplaceHomoglyphs(word));
            else SplitByScript(word, runs);
        }
        return JoinSpacedEastAsianName(runs);
    }

    /// <summary>Words (letters and marks) and the separators between them, in order.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i < name.Length && IsWordChar(name[i]) == IsWordChar(name[start])) continue;
            yield return name[start..i];
            start = i;
        }
    }

    private static bool IsSeparator(string text) => !IsWordChar(text[0]);

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsCyrillicWithHomoglyphs(string word)
    {
        var cyrillic = false;
        var latin = false;
        foreach (var rune in word.EnumerateRunes())
        {
            var script = ScriptDetector.Of(rune);
            if (script == "Cyrillic") cyrillic = true;
            else if (script == "Latin" && Rune.IsLetter(rune))
            {
                if (!rune.IsBmp || !Homoglyphs.ContainsKey((char)rune.Value)) return false;
                latin = true;
            }
        }
        return cyrillic && latin;
    }

    private static string ReplaceHomoglyphs(string word) =>
        string.Create(word.Length, word, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Homoglyphs.TryGetValue(source[i], out var cyrillic) ? cyrillic : source[i];
        });

    private static void SplitByScript(string word, List<NameRun> runs)
    {
        var start = 0;
        var current = string.Empty;
        var index = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            // A combining mark belongs to the letter before it (a stress mark on a Cyrillic vowel).
            var script = Rune.IsLetter(rune) || index == 0 ? ScriptDetector.Of(rune) : current;
            if (index > 0 && script != current)
            {
                Add(runs, current, word[start..index]);
                start = index;
            }
            current = script;
            index += rune.Utf16SequenceLength;
        }
        Add(runs, current, word[start..]);
    }

    private static void Add(List<NameRun> runs, string script, string text)
    {
        if (runs.Count > 0 && runs[^1].Script == script)
        {
            runs[^1] = new NameRun(script, runs[^1].Text + text);
            return;
        }
        runs.Add(new NameRun(script, text));
    }

    private static List<NameRun> JoinSpacedEastAsianName(List<NameRun> runs)
    {
        var scripts = runs.Where(r => !r.IsVerbatim).Select(r => r.Script).Distinct().ToList();
        if (runs.Count < 3 || scripts.Count != 1 || scripts[0] is not ("Han" or "Hangul")) return runs;
        if (runs.Any(r => r.IsVerbatim && !string.IsNullOrWhiteSpace(r.Text))) return runs;
        var letters = string.Concat(runs.Where(r => !r.IsVerbatim).Select(r => r.Text));
        return letters.Length <= LongestEastAsianName ? [new NameRun(scripts[0], letters)] : runs;
    }
}
