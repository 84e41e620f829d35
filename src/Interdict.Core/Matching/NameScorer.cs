using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>A pair of words, one from the query and one from the listed name, that were matched.</summary>
public sealed record WordMatch(string QueryWord, string ListWord, MatchKind Kind, double Similarity);

/// <summary>The comparison of a query name with a listed name.</summary>
/// <param name="GivenNamesOnly">The listed person's family name is known and none of its words was found: the
/// name then confirms a hit but does not raise one (as a weak name).</param>
internal readonly record struct NameScore(float Value, bool GivenNamesOnly);

/// <summary>
/// Scores a query name against a listed name. Words are paired one to one, best pairs first, in any order (OFAC's
/// "SURNAME, Given" and the UK's "Given SURNAME" are the same name). The score is the weighted share of the query's
/// words that were found, scaled by how much of the listed name they cover: a query must be found whole, while
/// listed names may carry words the query leaves out (middle names, legal forms, titles).
/// </summary>
internal static class NameScorer
{
    private const int MaxWords = 48;

    /// <summary>Share of the score that does not depend on covering the listed name. Higher for organizations:
    /// "Alabuga" names the company listed as "JSC Alabuga Special Economic Zone …", while "Smith" alone does not
    /// name "SMITH, John".</summary>
    public static float Floor(Schema? schema) => schema is { } s && s != Schema.Person ? 0.7f : 0.5f;

    /// <summary>A query of common words only says little on its own: the listed name must be covered too
    /// ("GLOBAL TRADING LLC" is not "ALFA GLOBAL TRADING LLC").</summary>
    private const float GenericOnlyFloor = 0.3f;

    public static NameScore Score(AnalyzedName query, AnalyzedName listed, Schema? schema) =>
        Align(query, listed, schema, null);

    public static NameScore Explain(AnalyzedName query, AnalyzedName listed, Schema? schema, List<WordMatch> pairs) =>
        Align(query, listed, schema, pairs);

    private static NameScore Align(AnalyzedName query, AnalyzedName listed, Schema? schema, List<WordMatch>? pairs)
    {
        var q = query.Tokens;
        var l = listed.Tokens;
        if (q.Length == 0 || l.Length == 0 || query.TotalWeight <= 0f || listed.TotalWeight <= 0f) return default;
        var rows = Math.Min(q.Length, MaxWords);
        var cols = Math.Min(l.Length, MaxWords);

        Span<float> similarity = stackalloc float[rows * cols];
        Span<byte> kinds = stackalloc byte[rows * cols];
        // Across scripts, the Latin side's abjad skeletons rule most pairs out before the letter alignment.
        var latinKeys = query.HasAbjad != listed.HasAbjad ? AbjadSkeletons(query.HasAbjad ? l : q) : null;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                if (latinKeys is not null && q[i].IsAbjad != l[j].IsAbjad
                    && !AbjadKeys.Compatible(q[i].IsAbjad ? q[i].Key : l[j].Key, latinKeys[q[i].IsAbjad ? j : i]))
                {
                    similarity[i * cols + j] = 0f;
                    continue;
                }
                similarity[i * cols + j] = TokenSimilarity.Compare(q[i], l[j], out var kind);
                kinds[i * cols + j] = (byte)kind;
            }
        }

        Span<bool> rowUsed = stackalloc bool[rows];
        Span<bool> colUsed = stackalloc bool[cols];
        float queryFound = 0f, listFound = 0f;
        bool identifyingFound = false, familyFound = false;
        // Exactly joined words first, so that "ALZAWAHIRI" pairs with "AL ZAWAHIRI" rather than with "ZAWAHIRI" alone.
        JoinLeftovers(q, l, rowUsed, colUsed, ref queryFound, ref listFound, ref identifyingFound, ref familyFound, pairs, queryJoined: true, 1f);
        JoinLeftovers(l, q, colUsed, rowUsed, ref listFound, ref queryFound, ref identifyingFound, ref familyFound, pairs, queryJoined: false, 1f);
        while (true)
        {
            var best = 0f;
            int bestRow = -1, bestCol = -1;
            for (var i = 0; i < rows; i++)
            {
                if (rowUsed[i]) continue;
                for (var j = 0; j < cols; j++)
                {
                    if (!colUsed[j] && similarity[i * cols + j] > best)
                    {
                        best = similarity[i * cols + j];
                        bestRow = i;
                        bestCol = j;
                    }
                }
            }
            if (bestRow < 0) break;
            rowUsed[bestRow] = colUsed[bestCol] = true;
            queryFound += best * q[bestRow].Weight;
            listFound += best * l[bestCol].Weight;
            identifyingFound |= q[bestRow].IsIdentifying;
            familyFound |= l[bestCol].Family;
            if (pairs is not null)
            {
                var kind = (MatchKind)kinds[bestRow * cols + bestCol];
                if (kind == MatchKind.Exact && (query.Romanised || listed.Romanised)) kind = MatchKind.Transliterated;
                pairs.Add(new WordMatch(q[bestRow].Original, l[bestCol].Original, kind, best));
            }
        }
        JoinLeftovers(q, l, rowUsed, colUsed, ref queryFound, ref listFound, ref identifyingFound, ref familyFound, pairs, queryJoined: true, JoinedFloor);
        JoinLeftovers(l, q, colUsed, rowUsed, ref listFound, ref queryFound, ref identifyingFound, ref familyFound, pairs, queryJoined: false, JoinedFloor);
        // Legal forms and generic words alone never make a match.
        if (!identifyingFound) return default;

        var queryCoverage = queryFound / query.TotalWeight;
        var listCoverage = listFound / listed.TotalWeight;
        var floor = query.GenericOnly ? GenericOnlyFloor : Floor(schema);
        var score = Math.Clamp(queryCoverage * (floor + (1f - floor) * listCoverage), 0f, 1f);
        return new NameScore(score, listed.HasFamily && !familyFound);
    }

    private static string[] AbjadSkeletons(NameToken[] latin)
    {
        var keys = new string[latin.Length];
        for (var i = 0; i < latin.Length; i++) keys[i] = latin[i].Class == TermClass.Name ? Abjad.Skeleton(latin[i].Text) : string.Empty;
        return keys;
    }

    /// <summary>Below this, two words written as one are not the joined word.</summary>
    private const float JoinedFloor = 0.8f;

    private const int MaxJoinedLength = 64;

    /// <summary>Pairs a word left over on one side with two adjacent words left over on the other, when the two
    /// are that word written apart: "ALZAWAHIRI" / "AL ZAWAHIRI", "Abdulsattar" / "Abdul Sattar", "Abd al" /
    /// "Abdul".</summary>
    private static void JoinLeftovers(
        NameToken[] single, NameToken[] split, Span<bool> singleUsed, Span<bool> splitUsed,
        ref float singleFound, ref float splitFound, ref bool identifyingFound, ref bool familyFound, List<WordMatch>? pairs, bool queryJoined, float floor)
    {
        for (var i = 0; i < singleUsed.Length; i++)
        {
            var word = single[i];
            if (singleUsed[i] || word.Class is TermClass.Number or TermClass.Legal || word.Original.Length < 5) continue;
            for (var j = 0; j + 1 < splitUsed.Length; j++)
            {
                if (splitUsed[j] || splitUsed[j + 1]) continue;
                var similarity = JoinedSimilarity(word.Original, split[j].Original, split[j + 1].Original, floor);
                if (similarity < floor) continue;
                singleUsed[i] = splitUsed[j] = splitUsed[j + 1] = true;
                singleFound += similarity * word.Weight;
                splitFound += similarity * (split[j].Weight + split[j + 1].Weight);
                identifyingFound |= word.IsIdentifying || split[j].IsIdentifying || split[j + 1].IsIdentifying;
                familyFound |= queryJoined ? split[j].Family || split[j + 1].Family : word.Family;
                var apart = $"{split[j].Original} {split[j + 1].Original}";
                pairs?.Add(queryJoined
                    ? new WordMatch(word.Original, apart, MatchKind.Joined, similarity)
                    : new WordMatch(apart, word.Original, MatchKind.Joined, similarity));
                break;
            }
        }
    }

    private static float JoinedSimilarity(string word, string first, string second, float floor)
    {
        var length = first.Length + second.Length;
        if (Math.Abs(word.Length - length) > word.Length / 5 || length > MaxJoinedLength || word[0] != first[0]) return 0f;
        if (word.StartsWith(first, StringComparison.Ordinal) && word.AsSpan(first.Length).SequenceEqual(second)) return 1f;
        if (floor >= 1f) return 0f;
        Span<char> joined = stackalloc char[length];
        first.CopyTo(joined);
        second.CopyTo(joined[first.Length..]);
        return 1f - (float)TokenSimilarity.EditDistance(word, joined) / Math.Max(word.Length, length);
    }
}
