using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>A pair of words, one from the query and one from the listed name, that were matched.</summary>
public sealed record WordMatch(string QueryWord, string ListWord, MatchKind Kind, double Similarity);

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

    public static float Score(AnalyzedName query, AnalyzedName listed, Schema? schema) =>
        Align(query, listed, schema, null);

    public static float Explain(AnalyzedName query, AnalyzedName listed, Schema? schema, List<WordMatch> pairs) =>
        Align(query, listed, schema, pairs);

    private static float Align(AnalyzedName query, AnalyzedName listed, Schema? schema, List<WordMatch>? pairs)
    {
        var q = query.Tokens;
        var l = listed.Tokens;
        if (q.Length == 0 || l.Length == 0 || query.TotalWeight <= 0f || listed.TotalWeight <= 0f) return 0f;
        var rows = Math.Min(q.Length, MaxWords);
        var cols = Math.Min(l.Length, MaxWords);

        Span<float> similarity = stackalloc float[rows * cols];
        Span<byte> kinds = stackalloc byte[rows * cols];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                similarity[i * cols + j] = TokenSimilarity.Compare(q[i], l[j], out var kind);
                kinds[i * cols + j] = (byte)kind;
            }
        }

        Span<bool> rowUsed = stackalloc bool[rows];
        Span<bool> colUsed = stackalloc bool[cols];
        float queryFound = 0f, listFound = 0f;
        var identifyingFound = false;
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
            if (pairs is not null)
            {
                var kind = (MatchKind)kinds[bestRow * cols + bestCol];
                if (kind == MatchKind.Exact && (query.Romanised || listed.Romanised)) kind = MatchKind.Transliterated;
                pairs.Add(new WordMatch(q[bestRow].Original, l[bestCol].Original, kind, best));
            }
        }
        // Legal forms and generic words alone never make a match.
        if (!identifyingFound) return 0f;

        var queryCoverage = queryFound / query.TotalWeight;
        var listCoverage = listFound / listed.TotalWeight;
        var floor = query.GenericOnly ? GenericOnlyFloor : Floor(schema);
        return Math.Clamp(queryCoverage * (floor + (1f - floor) * listCoverage), 0f, 1f);
    }
}
