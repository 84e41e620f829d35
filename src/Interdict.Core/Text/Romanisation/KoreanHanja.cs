using System.Collections.Frozen;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Reads a Han name as a Korean name in Hanja (金正恩 → 김정은) when it is plausibly one: two to four characters, a
/// Korean surname first, and given-name characters all from the Hanja used in Korean names
/// (Data/romanisation-hanja-korean.tsv, derived from Unihan).
/// </summary>
internal static class KoreanHanja
{
    private static readonly FrozenDictionary<char, char> Readings =
        EmbeddedTable.Read("romanisation-hanja-korean.tsv", "hanja", "hangul", "note")
            .ToFrozenDictionary(r => r[0][0], r => r[1][0]);

    /// <summary>The name in Hangul, or null when it does not read as a Korean name.</summary>
    public static string? ToHangul(string han)
    {
        if (han.Length is < 2 or > 4) return null;
        foreach (var surnameLength in (int[])[2, 1])
        {
            if (han.Length - surnameLength < 1) continue;
            if (HangulRomaniser.SurnameOfHanja(han[..surnameLength]) is not { } surname) continue;
            var given = new char[han.Length - surnameLength];
            for (var i = 0; i < given.Length; i++)
            {
                if (!Readings.TryGetValue(han[surnameLength + i], out given[i])) return null;
            }
            return surname + new string(given);
        }
        return null;
    }
}
