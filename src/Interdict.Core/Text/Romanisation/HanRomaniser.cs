using System.Collections.Frozen;
using AnyAscii;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Romanises Han characters. Mandarin pinyin always (AnyAscii's readings, one syllable per word: 成都 → Cheng Du);
/// a personal name — a common Chinese surname and one or two characters — also as the lists write Chinese names,
/// surname then the given name joined (Xi Jinping); a Japanese name from the names table in Hepburn (Yamada Taro),
/// first when it is one; a Korean name in Hanja in its Korean renderings (Kim Jong Un).
/// </summary>
internal static class HanRomaniser
{
    private static readonly FrozenDictionary<string, string> ChineseSurnames =
        EmbeddedTable.Read("romanisation-chinese-surnames.tsv", "han", "pinyin", "note")
            .ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    /// <summary>Renderings of a run of Han characters, the most likely first.</summary>
    /// <param name="transcribedForeignName">The name is a foreign name in characters (阿不都·哈克, parts parted by
    /// a middle dot): each run is one word of sounds, so its syllables are also joined (Abudu).</param>
    public static IEnumerable<string> Render(string han, bool transcribedForeignName)
    {
        var syllables = Syllables(han);
        var chinese = transcribedForeignName ? LatinCase.Title(string.Concat(syllables).ToLowerInvariant()) : ChinesePersonalName(han, syllables);
        var split = string.Join(' ', syllables);
        var korean = KoreanHanja.ToHangul(han) is { } hangul ? HangulRomaniser.Render(hangul).ToList() : [];
        if (JapaneseNames.Read(han) is { } japanese)
        {
            var spellings = HepburnLongVowels.Spell(japanese).ToList();
            return [spellings[0], chinese ?? split, .. spellings.Skip(1), split, .. korean];
        }
        return [chinese ?? split, .. korean.Take(1), split, .. korean.Skip(1)];
    }

    /// <summary>Surname + joined given name for a 2–3 character name (3–4 with a two-character surname).</summary>
    private static string? ChinesePersonalName(string han, string[] syllables)
    {
        if (syllables.Length != han.Length) return null;
        foreach (var surnameLength in (int[])[2, 1])
        {
            var givenLength = han.Length - surnameLength;
            if (givenLength is < 1 or > 2 || !ChineseSurnames.TryGetValue(han[..surnameLength], out var surname)) continue;
            var given = string.Concat(syllables[surnameLength..]).ToLowerInvariant();
            return $"{surname} {LatinCase.Title(given)}";
        }
        return null;
    }

    /// <summary>The pinyin syllable of each character (surrogate pairs count as one character).</summary>
    private static string[] Syllables(string han)
    {
        var syllables = new List<string>(han.Length);
        foreach (var rune in han.EnumerateRunes())
        {
            var latin = rune.ToString().Transliterate();
            if (latin.Length > 0) syllables.Add(latin);
        }
        return [.. syllables];
    }
}
