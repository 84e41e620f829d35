using System.Text.RegularExpressions;
using Interdict.Core.Text;

namespace Interdict.Sources;

/// <summary>
/// Takes apart a list's name field that holds more than one name or says something about the name, as the UN list
/// does: "Hay’at Tahrir al-Sham (HTS)", "حسن غول (Hassan Ghul; Hassan Gul)", "Abubakar (original script:
/// Абубакар)", "EL PARA (COMBAT NAME)", "Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967".
/// Parentheses that are part of a name ("Leader (Hong Kong) International Trading Limited") stay.
/// </summary>
internal static partial class NameFields
{
    private const string OriginalScript = "original script:";

    private static readonly string[] Annotations =
        [.. SourceTable.Read(typeof(NameFields), "name-annotations.tsv", "phrase", "note").Select(r => r[0])];

    /// <summary>The names a field holds, the first being the field's own name, and its remarks.</summary>
    public static (List<string> Names, List<string> Remarks) Split(string field)
    {
        var names = new List<string>();
        var remarks = new List<string>();
        var name = field.Trim().TrimEnd(',', ';').Trim();
        if (BirthClause().Match(name) is { Success: true, Index: > 0 } born)
        {
            remarks.Add(name[born.Index..].Trim(' ', ','));
            name = name[..born.Index].Trim();
        }
        while (TrailingGroup().Match(name) is { Success: true, Index: > 0 } group)
        {
            var inside = group.Groups["inside"].Value.Trim();
            var outside = name[..group.Index].Trim().TrimEnd(',').Trim();
            if (!Read(inside, outside, names, remarks)) break;
            name = outside;
        }
        names.Insert(0, name);
        return (names, remarks);
    }

    /// <summary>Reads one trailing parenthesised text: false when it is part of the name.</summary>
    private static bool Read(string inside, string outside, List<string> names, List<string> remarks)
    {
        if (inside.StartsWith(OriginalScript, StringComparison.OrdinalIgnoreCase))
        {
            names.Add(inside[OriginalScript.Length..].Trim());
            return true;
        }
        if (IsAnnotation(inside))
        {
            remarks.Add($"{outside}: {inside}");
            return true;
        }
        if (inside.Contains(';'))
        {
            foreach (var part in inside.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                names.Add(WithoutAnnotation(part, remarks));
            return true;
        }
        if (ScriptDetector.Detect(inside) != ScriptDetector.Detect(outside) || Acronym().IsMatch(inside))
        {
            names.Add(WithoutAnnotation(inside, remarks));
            return true;
        }
        return false;
    }

    /// <summary>"Ansar al-Mujahideen Network - sub-unit name" → the name, with the annotation kept as a remark.</summary>
    private static string WithoutAnnotation(string text, List<string> remarks)
    {
        var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0 || !IsAnnotation(text[(dash + 3)..])) return text;
        remarks.Add($"{text[..dash]}: {text[(dash + 3)..]}");
        return text[..dash].Trim();
    }

    private static bool IsAnnotation(string text) =>
        Array.Exists(Annotations, a => text.StartsWith(a, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(,\s*|\s+)born\b", RegexOptions.IgnoreCase)]
    private static partial Regex BirthClause();

    /// <summary>A parenthesised text at the end, which may itself hold one level of parentheses.</summary>
    [GeneratedRegex(@"\((?<inside>[^()]*(\([^()]*\)[^()]*)*)\)\s*$")]
    private static partial Regex TrailingGroup();

    /// <summary>Initials in capitals and digits: "HTS", "ISIL-WA", "LRM/A", "KPE.018" is not one (it has a dot).</summary>
    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9/&-]{1,11}$")]
    private static partial Regex Acronym();
}
