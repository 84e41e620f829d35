using System.Collections.Frozen;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// Reads a Han name as Japanese when it splits wholly into a known surname and given name (山田太郎 → Yamada Tarō),
/// or is one known name, from the table of common Japanese names (Data/romanisation-japanese-names.tsv). Kanji names
/// cannot be read letter by letter: 山田 is Yamada, not Yama Ta.
/// </summary>
internal static class JapaneseNames
{
    private static readonly FrozenDictionary<string, string> Surnames = Load("surname");
    private static readonly FrozenDictionary<string, string> GivenNames = Load("given");

    /// <summary>The Hepburn reading (with macrons) of the Han text as a Japanese name, or null.</summary>
    public static string? Read(string han)
    {
        // The longest surname first: 長谷川 before 長谷.
        for (var split = han.Length - 1; split >= 1; split--)
        {
            if (Surnames.TryGetValue(han[..split], out var surname) && GivenNames.TryGetValue(han[split..], out var given))
                return $"{surname} {given}";
        }
        return Surnames.GetValueOrDefault(han) ?? GivenNames.GetValueOrDefault(han);
    }

    private static FrozenDictionary<string, string> Load(string kind) =>
        EmbeddedTable.Read("romanisation-japanese-names.tsv", "kanji", "kind", "hepburn", "note")
            .Where(r => r[1] == kind)
            .ToFrozenDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
}
