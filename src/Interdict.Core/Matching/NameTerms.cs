using System.Collections.Frozen;
using Interdict.Core.Data;
using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>
/// The phrase table of Data/name-terms.tsv: legal forms, generic organisation words, honorifics, particles and
/// ship prefixes, found in a name's words longest phrase first. Which classes apply depends on the schema: a single
/// "AS" is a Norwegian legal form in a company name and the Arabic article in a person's.
/// </summary>
internal static class NameTerms
{
    private sealed record Term(TermClass Class, string Canonical);

    private static readonly FrozenDictionary<string, Term[]> Table = EmbeddedTable.Read("name-terms.tsv", "phrase", "class", "canonical", "note")
        .GroupBy(r => r[0], StringComparer.Ordinal)
        .ToFrozenDictionary(
            g => g.Key,
            g => g.Select(r => new Term(ParseClass(r[1], r.Where), r[2].Length > 0 ? r[2] : g.Key))
                .OrderBy(t => Priority(t.Class))
                .ToArray(),
            StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Term[]>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>For each word that starts a phrase, the most words a phrase starting with it has: most words start
    /// none, and are looked up once.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LongestFrom = Table.Keys
        .GroupBy(phrase => phrase.Split(' ')[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Max(phrase => phrase.Count(c => c == ' ') + 1), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds the longest table phrase starting at word <paramref name="start"/> of the normalised
    /// <paramref name="text"/> (words separated by single spaces, so a phrase is one slice of it).</summary>
    /// <returns>The number of words the phrase covers (0 when none applies), its class and canonical text.</returns>
    public static int Match(string text, ReadOnlySpan<Range> words, int start, Schema? schema, out TermClass termClass, out string canonical)
    {
        termClass = TermClass.Name;
        canonical = string.Empty;
        if (!LongestFrom.TryGetValue(text.AsSpan(words[start]), out var longest)) return 0;
        var maxLength = Math.Min(longest, words.Length - start);
        var from = words[start].Start.Value;
        for (var length = maxLength; length >= 1; length--)
        {
            var phrase = text.AsSpan(from, words[start + length - 1].End.Value - from);
            if (!BySpan.TryGetValue(phrase, out var terms)) continue;
            foreach (var term in terms)
            {
                if (!Applies(term.Class, schema)) continue;
                termClass = term.Class;
                canonical = term.Canonical;
                return length;
            }
        }
        return 0;
    }

    private static bool Applies(TermClass termClass, Schema? schema) => termClass switch
    {
        TermClass.Legal or TermClass.Generic => schema is null || schema.Value.IsOrganization() || schema == Schema.Vessel,
        TermClass.Honorific => schema is null or Schema.Person,
        TermClass.Particle => schema is null or Schema.Person || schema.Value.IsOrganization(),
        TermClass.Vessel => schema is null or Schema.Vessel,
        _ => true,
    };

    private static int Priority(TermClass termClass) => termClass switch
    {
        TermClass.Legal => 0,
        TermClass.Vessel => 1,
        TermClass.Honorific => 2,
        TermClass.Particle => 3,
        _ => 4,
    };

    private static TermClass ParseClass(string text, string where) => text switch
    {
        "legal" => TermClass.Legal,
        "generic" => TermClass.Generic,
        "honorific" => TermClass.Honorific,
        "particle" => TermClass.Particle,
        "vessel" => TermClass.Vessel,
        _ => throw new InvalidDataException($"{where}: unknown class '{text}'."),
    };
}
