using System.Collections.Frozen;
using System.Text;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Romanises Hangul. A personal name (a table surname and one to three given-name syllables) is written as the
/// lists and the two Koreas write names: the surname by its conventional spelling (이 Ri / Lee, not I), the given
/// name one syllable per word — McCune–Reischauer as the DPRK and the lists use it (Kim Jong Un), the usual South
/// Korean spelling (Park Ji Sung), Revised Romanisation (Kim Jeong Eun) — plus the given name joined, as South
/// Korean passports write it (Park Jisung). Other Hangul text is romanised syllable by syllable in both systems.
/// </summary>
internal static class HangulRomaniser
{
    /// <summary>Unicode's order of the initial consonants, vowels and final consonants of a Hangul syllable.</summary>
    private const string InitialOrder = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private const string VowelOrder = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private const string FinalOrder = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    private const int FirstSyllable = 0xAC00;
    private const int SyllableCount = 11172;

    /// <summary>Finals after which McCune–Reischauer voices the next syllable's ㄱ ㄷ ㅂ: none, ㄴ ㄹ ㅁ ㅇ.</summary>
    private const string VoicingFinals = "ㄴㄹㅁㅇ";

    private enum Spelling { Revised, McCune, South }

    private sealed record Jamo(string Revised, string McCune);

    private sealed record Surname(string McCune, string South, string[] Other);

    private static readonly FrozenDictionary<(char, string), Jamo> JamoTable =
        EmbeddedTable.Read("romanisation-hangul-jamo.tsv", "jamo", "position", "revised", "mccune", "note")
            .ToFrozenDictionary(r => (r[0][0], r[1]), r => new Jamo(r[2], r[3]));

    private static readonly IReadOnlyList<TableRow> SurnameRows =
        EmbeddedTable.Read("romanisation-korean-surnames.tsv", "hangul", "hanja", "mccune", "south", "other", "note");

    private static readonly FrozenDictionary<string, Surname> Surnames =
        SurnameRows.ToFrozenDictionary(
            r => r[0],
            r => new Surname(r[2], r[3], r[4].Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.Ordinal);

    /// <summary>Hanja surname → Hangul; a Hanja shared by two Hangul forms (李: 이, 리) reads as the first row's.</summary>
    private static readonly FrozenDictionary<string, string> HanjaSurnames =
        SurnameRows
            .SelectMany(r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hanja => (Hanja: hanja, Hangul: r[0])))
            .GroupBy(p => p.Hanja, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Hangul, StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, string> SouthSyllables =
        EmbeddedTable.Read("romanisation-korean-syllables.tsv", "hangul", "south", "note")
            .ToFrozenDictionary(r => r[0][0], r => r[1]);

    /// <summary>Renderings of a run of Hangul syllables, the most common first.</summary>
    public static IEnumerable<string> Render(string hangul)
    {
        if (!hangul.All(IsSyllable)) return [hangul];
        var surnameLength = SurnameLength(hangul);
        if (surnameLength == 0)
            return [Syllables(hangul, Spelling.McCune, " "), Syllables(hangul, Spelling.Revised, " ")];
        var surname = Surnames[hangul[..surnameLength]];
        var given = hangul[surnameLength..];
        var renderings = new List<string>
        {
            $"{surname.McCune} {Syllables(given, Spelling.McCune, " ")}",
            $"{surname.South} {Syllables(given, Spelling.South, " ")}",
            $"{surname.South} {Syllables(given, Spelling.Revised, " ")}",
            $"{surname.South} {LatinCase.Title(Syllables(given, Spelling.South, "").ToLowerInvariant())}",
        };
        renderings.AddRange(surname.Other.Select(other => $"{other} {Syllables(given, Spelling.South, " ")}"));
        return renderings;
    }

    /// <summary>The Hangul surname a Hanja surname is read as, if it is a Korean surname.</summary>
    public static string? SurnameOfHanja(string hanja) => HanjaSurnames.GetValueOrDefault(hanja);

    /// <summary>Syllables of the surname that starts a personal name of 2–4 syllables, or 0 when it is not one.</summary>
    private static int SurnameLength(string hangul)
    {
        if (hangul.Length is < 2 or > 4) return 0;
        if (hangul.Length >= 3 && Surnames.ContainsKey(hangul[..2])) return 2;
        return Surnames.ContainsKey(hangul[..1]) ? 1 : 0;
    }

    /// <summary>Each syllable spelled and capitalised, joined by the separator.</summary>
    private static string Syllables(string hangul, Spelling spelling, string separator)
    {
        var output = new StringBuilder(hangul.Length * 5);
        for (var i = 0; i < hangul.Length; i++)
        {
            if (i > 0) output.Append(separator);
            var voiced = i > 0 && EndsVoiced(hangul[i - 1]);
            output.Append(LatinCase.Title(Syllable(hangul[i], spelling, voiced)));
        }
        return output.ToString();
    }

    private static string Syllable(char syllable, Spelling spelling, bool afterVoiced)
    {
        if (spelling == Spelling.South)
            return SouthSyllables.TryGetValue(syllable, out var south) ? south : Syllable(syllable, Spelling.Revised, afterVoiced);
        var (initial, vowel, final) = Decompose(syllable);
        var initialJamo = afterVoiced && JamoTable.TryGetValue((initial, "voiced"), out var voicedJamo)
            ? voicedJamo
            : JamoTable[(initial, "initial")];
        var parts = new[] { initialJamo, JamoTable[(vowel, "vowel")], final == '\0' ? null : JamoTable[(final, "final")] };
        return string.Concat(parts.Select(j => j is null ? "" : spelling == Spelling.McCune ? j.McCune : j.Revised));
    }

    private static bool EndsVoiced(char syllable)
    {
        var final = Decompose(syllable).Final;
        return final == '\0' || VoicingFinals.Contains(final, StringComparison.Ordinal);
    }

    private static (char Initial, char Vowel, char Final) Decompose(char syllable)
    {
        var index = syllable - FirstSyllable;
        var final = index % 28;
        return (InitialOrder[index / (21 * 28)], VowelOrder[index % (21 * 28) / 28], final == 0 ? '\0' : FinalOrder[final - 1]);
    }

    private static bool IsSyllable(char c) => c - FirstSyllable is >= 0 and < SyllableCount;
}
