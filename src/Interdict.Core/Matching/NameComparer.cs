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
        var best = new NameComparison(0, []);
        foreach (var query in NameAnalyzer.AnalyzeRenderings(queryName, schema))
        {
            var listedRenderings = NameAnalyzer.AnalyzeRenderings(listedName, schema, listed: true);
            if (query.HasAbjad && NameAnalyzer.AbjadGrouping(listedName, schema) is { } grouped) listedRenderings = [.. listedRenderings, grouped];
            foreach (var listed in listedRenderings)
            {
                var words = new List<WordMatch>();
                var score = Math.Round(NameScorer.Explain(query, listed, schema, words).Value, 4);
                if (score > best.Score || best.Words.Count == 0) best = new NameComparison(score, words);
            }
        }
        return best;
    }
}
