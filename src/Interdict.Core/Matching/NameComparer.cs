using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>The outcome of comparing two names on their own.</summary>
public sealed record NameComparison(double Score, IReadOnlyList<WordMatch> Words)
{
    public override string ToString() => string.Join(", ", Words.Select(MatchExplanation.Describe));
}

/// <summary>The engine's name comparison without an index: the same analysis and scoring screening uses, for audits
/// and tuning (<c>interdict compare</c>).</summary>
public static class NameComparer
{
    /// <param name="queryName">The name as a customer or counterparty gives it.</param>
    /// <param name="listedName">The name as a list gives it.</param>
    /// <param name="schema">The kind of party; null when unknown.</param>
    public static NameComparison Compare(string queryName, string listedName, Schema? schema = null)
    {
        var queries = NameAnalyzer.AnalyzeRenderings(queryName, schema);
        var listed = NameAnalyzer.AnalyzeRenderings(listedName, schema, listed: true);
        if (Array.Exists(queries, q => q.HasAbjad) && NameAnalyzer.AbjadGrouping(listedName, schema) is { } grouped) listed = [.. listed, grouped];
        var (bestQuery, bestListed, bestScore) = (queries[0], listed[0], -1f);
        // With several renderings, score them all cheaply and explain the best pair only.
        foreach (var query in queries.Length * listed.Length > 1 ? queries : [])
        {
            foreach (var rendering in listed)
            {
                var score = NameScorer.Score(query, rendering, schema).Value;
                if (score > bestScore) (bestQuery, bestListed, bestScore) = (query, rendering, score);
            }
        }
        var words = new List<WordMatch>();
        var explained = NameScorer.Explain(bestQuery, bestListed, schema, words);
        return new NameComparison(Math.Round(explained.Value, 4), words);
    }
}
