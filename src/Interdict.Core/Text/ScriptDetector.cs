using System.Globalization;
using System.Text;

namespace Interdict.Core.Text;

/// <summary>Names the writing system of a name from its letters, for names whose source does not say.</summary>
public static class ScriptDetector
{
    /// <summary>The script of the first letter that is not Latin, or "Latin" when all letters are Latin (or there
    /// are none).</summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune)) continue;
            var script = Of(rune);
            if (script != "Latin") return script;
        }
        return "Latin";
    }

    /// <summary>True when the text has a letter outside the Latin script.</summary>
    public static bool HasNonLatin(ReadOnlySpan<char> text) => Detect(text) != "Latin";

    internal static string Of(Rune rune) => rune.Value switch
    {
        < 0x0250 => "Latin",
        >= 0x0370 and < 0x0400 => "Greek",
        >= 0x0400 and < 0x0530 => "Cyrillic",
        >= 0x0530 and < 0x0590 => "Armenian",
        >= 0x0590 and < 0x0600 => "Hebrew",
        >= 0x0600 and < 0x0780 => "Arabic",
        >= 0x0E00 and < 0x0E80 => "Thai",
        >= 0x1000 and < 0x10A0 => "Myanmar",
        >= 0x10A0 and < 0x1100 => "Georgian",
        >= 0x1100 and < 0x1200 => "Hangul",
        >= 0x1E00 and < 0x1F00 => "Latin",
        >= 0x1F00 and < 0x2000 => "Greek",
        >= 0x3040 and < 0x3100 => "Kana",
        >= 0x3130 and < 0x3190 => "Hangul",
        >= 0x3400 and < 0xA000 => "Han",
        >= 0xAC00 and < 0xD7B0 => "Hangul",
        >= 0xF900 and < 0xFB00 => "Han",
        >= 0xFB50 and < 0xFE00 => "Arabic",
        >= 0xFE70 and < 0xFF00 => "Arabic",
        >= 0x20000 and < 0x30000 => "Han",
        _ => CharUnicodeInfo.GetUnicodeCategory(rune.Value) == UnicodeCategory.OtherLetter ? "Other" : "Latin",
    };
}
