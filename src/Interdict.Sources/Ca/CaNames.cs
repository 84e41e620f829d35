using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Ca;

/// <summary>
/// Reads the names of the Canadian list. An entity's name may give its French name after a slash ("Iranian
/// Army/Armée iranienne"), an acronym in parentheses and other names in "(also known as …)". The Aliases field is
/// free text: names separated by semicolons, commas, slashes or "or" (and "and" between a person's names),
/// language labels before some ("Belarusian: …, Russian: …"), legal forms after a comma that belong to the name
/// before ("Банк Зенит, ПАО"), and lower-case continuations of a name that itself holds commas.
/// </summary>
internal static partial class CaNames
{
    private static readonly Dictionary<string, string> Languages = SourceTable
        .Read(typeof(CaNames), "ca-language-labels.tsv", "label", "language")
        .ToDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LegalForms = SourceTable
        .Read(typeof(CaNames), "ca-legal-forms.tsv", "form", "note")
        .Select(row => row[0])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds an entity's or ship's name field: the English name as primary, the French one as a variation,
    /// acronyms and "also known as" names as aliases.</summary>
    public static void AddEntityName(EntityBuilder builder, string field)
    {
        var name = field;
        if (AlsoKnownAs().Match(field) is { Success: true } aka)
        {
            name = (field[..aka.Index] + field[(aka.Index + aka.Length)..]).Trim();
            foreach (var alias in SplitAtTopLevel(aka.Groups["names"].Value, Comma()))
                Add(builder, alias, NameKind.Alias, NameQuality.Unspecified, null);
        }
        var kind = NameKind.Primary;
        foreach (var part in SplitAtTopLevel(name, Slash()))
        {
            Add(builder, part, kind, NameQuality.Unspecified, null);
            kind = NameKind.PrimaryVariation;
        }
    }

    /// <summary>Adds the names of an Aliases field. A person's alias of one word ("Alexei", a variant of the given
    /// name alone, or a nickname) is low quality: it confirms a match but is too little to screen on.</summary>
    public static void AddAliases(EntityBuilder builder, string field)
    {
        var isPerson = builder.Schema == Schema.Person;
        var separator = isPerson ? PersonSeparator() : EntitySeparator();
        foreach (var (segment, language) in LabelledSegments(field))
        {
            foreach (var alias in SplitAtTopLevel(segment, separator))
            {
                var quality = isPerson && !alias.Trim().Contains(' ') ? NameQuality.Low : NameQuality.Unspecified;
                Add(builder, alias, NameKind.Alias, quality, language);
            }
        }
    }

    private static void Add(EntityBuilder builder, string text, NameKind kind, NameQuality quality, string? language)
    {
        var (names, remarks) = NameFields.Split(TrimStray(text));
        for (var i = 0; i < names.Count; i++)
        {
            if (TrimStray(names[i]) is not { Length: > 0 } name) continue;
            var script = ScriptDetector.Detect(name);
            // A language label says what the name is written in only for a name in another script than Latin.
            builder.AddName(new EntityName(name, i == 0 ? kind : NameKind.Alias, quality, script, script == "Latin" ? null : language));
        }
        foreach (var remark in remarks) EntityBuilder.AddDistinct(builder.Remarks, remark);
    }

    /// <summary>The field cut at semicolons and at language labels, each part with the language its label gives.</summary>
    private static IEnumerable<(string Text, string? Language)> LabelledSegments(string field)
    {
        foreach (var part in field.Split(';'))
        {
            string? language = null;
            var start = 0;
            foreach (Match label in LanguageLabel().Matches(part))
            {
                if (!Languages.TryGetValue(label.Groups["label"].Value, out var named)) continue;
                yield return (part[start..label.Index], language);
                language = named;
                start = label.Index + label.Length;
            }
            yield return (part[start..], language);
        }
    }

    /// <summary>Cuts the text at the separators that are not inside parentheses. A comma piece that is only a legal
    /// form, or that goes on in lower case, is part of the name before it.</summary>
    private static List<string> SplitAtTopLevel(string text, Regex separator)
    {
        var pieces = new List<string>();
        var start = 0;
        var afterComma = false;
        foreach (Match match in separator.Matches(text))
        {
            if (Depth(text, match.Index) != 0) continue;
            AddPiece(pieces, text[start..match.Index], afterComma);
            afterComma = match.Value == ",";
            start = match.Index + match.Length;
        }
        AddPiece(pieces, text[start..], afterComma);
        return pieces;
    }

    private static void AddPiece(List<string> pieces, string piece, bool afterComma)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length == 0) return;
        if (afterComma && pieces.Count > 0 && (LegalForms.Contains(trimmed) || char.IsLower(trimmed[0])))
            pieces[^1] = $"{pieces[^1]}, {trimmed}";
        else
            pieces.Add(trimmed);
    }

    private static int Depth(string text, int end)
    {
        var depth = 0;
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth;
    }

    /// <summary>Removes what separators leave at the ends of a name: spaces, commas, and a parenthesis whose other
    /// half is in another piece ("(Владимир Михайлович РУЩАК").</summary>
    private static string TrimStray(string text)
    {
        var name = text.Trim().Trim(',', ';', ':', ' ');
        if (name.StartsWith('(') && !name.Contains(')', StringComparison.Ordinal)) name = name[1..].Trim();
        if (name.EndsWith(')') && !name.Contains('(', StringComparison.Ordinal)) name = name[..^1].Trim();
        return name;
    }

    /// <summary>"(also known as X, Y)"; the list sometimes leaves the parenthesis open at the end.</summary>
    [GeneratedRegex(@"\(\s*also\s+known\s+as\s+(?<names>[^()]*(\([^()]*\)[^()]*)*)(\)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoKnownAs();

    [GeneratedRegex(@"(?<!\p{L})(?<label>\p{L}+)\s*:\s*")]
    private static partial Regex LanguageLabel();

    [GeneratedRegex(",")]
    private static partial Regex Comma();

    [GeneratedRegex("/")]
    private static partial Regex Slash();

    [GeneratedRegex(@",|/|\s+or\s+|\s+and\s+")]
    private static partial Regex PersonSeparator();

    [GeneratedRegex(@",|/|\s+or\s+")]
    private static partial Regex EntitySeparator();
}
