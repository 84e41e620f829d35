using System.Collections.Frozen;
using System.Text;
using AnyAscii;
using Interdict.Core.Data;

namespace Interdict.Core.Text.Romanisation;

/// <summary>
/// One romanisation system of an alphabet (BGN/PCGN Russian, ELOT 743 Greek …): the letter rules of its table
/// (Data/romanisation-&lt;script&gt;.tsv) applied to a lower-case word, longest letters first. A rule may hold only
/// at the start or end of a word or next to given letters (BGN's ye after a vowel). Letters no rule covers are
/// romanised by AnyAscii, so a rare letter still comes out as something readable.
/// </summary>
internal sealed class AlphabetSystem
{
    private readonly FrozenDictionary<char, LetterRule[]> rulesByFirstLetter;

    private AlphabetSystem(FrozenDictionary<char, LetterRule[]> rulesByFirstLetter) =>
        this.rulesByFirstLetter = rulesByFirstLetter;

    /// <summary>The system's own rows (those naming it among their systems) and the rows every system of the table
    /// shares ('*'); its own win.</summary>
    public static AlphabetSystem Create(IReadOnlyList<TableRow> table, string system)
    {
        var rules = table
            .Where(r => r[0] == "*" || r[0].Split(' ').Contains(system, StringComparer.Ordinal))
            .Select(r => new LetterRule(r[1], LetterContext.Parse(r[2], r.Where), r[3], r[0] != "*"))
            .ToList();
        return new AlphabetSystem(rules
            .GroupBy(r => r.Letters[0])
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r.Letters.Length)
                    .ThenByDescending(r => r.Own)
                    .ThenByDescending(r => r.Context.IsConditional)
                    .ToArray()));
    }

    /// <summary>Appends the romanisation of a lower-case word in this system.</summary>
    public void Transliterate(string word, StringBuilder output)
    {
        var i = 0;
        while (i < word.Length)
        {
            var rule = Find(word, i);
            if (rule is not null)
            {
                output.Append(rule.Latin);
                i += rule.Letters.Length;
                continue;
            }
            var length = char.IsSurrogatePair(word, i) ? 2 : 1;
            output.Append(word.Substring(i, length).Transliterate().ToLowerInvariant());
            i += length;
        }
    }

    private LetterRule? Find(string word, int position)
    {
        if (!rulesByFirstLetter.TryGetValue(word[position], out var rules)) return null;
        foreach (var rule in rules)
        {
            if (word.AsSpan(position).StartsWith(rule.Letters, StringComparison.Ordinal)
                && rule.Context.Holds(word, position, rule.Letters.Length))
                return rule;
        }
        return null;
    }

    private sealed record LetterRule(string Letters, LetterContext Context, string Latin, bool Own);
}

/// <summary>Where a letter rule applies: anywhere, at a word's start or end, or after / before given letters.</summary>
internal readonly record struct LetterContext(LetterContext.Kind Where, string Letters)
{
    public enum Kind { Anywhere, Initial, Final, After, Before }

    public bool IsConditional => Where != Kind.Anywhere;

    public bool Holds(string word, int start, int length) => Where switch
    {
        Kind.Initial => start == 0,
        Kind.Final => start + length == word.Length,
        Kind.After => start > 0 && Letters.Contains(word[start - 1], StringComparison.Ordinal),
        Kind.Before => start + length < word.Length && Letters.Contains(word[start + length], StringComparison.Ordinal),
        _ => true,
    };

    public static LetterContext Parse(string text, string where) => text switch
    {
        "" => new LetterContext(Kind.Anywhere, ""),
        "initial" => new LetterContext(Kind.Initial, ""),
        "final" => new LetterContext(Kind.Final, ""),
        _ when text.StartsWith("after:", StringComparison.Ordinal) => new LetterContext(Kind.After, text[6..]),
        _ when text.StartsWith("before:", StringComparison.Ordinal) => new LetterContext(Kind.Before, text[7..]),
        _ => throw new InvalidDataException($"{where}: unknown context '{text}'."),
    };
}
