using System.Collections.Concurrent;
using System.Diagnostics;
using Interdict.Core.Matching;

namespace Interdict.Bench;

/// <summary>The results of screening a set of queries, in query order, and how fast they were screened.</summary>
internal sealed record EvalBatch(IReadOnlyList<ScreeningResult>[] Results, TimeSpan Elapsed)
{
    public double QueriesPerSecond => Results.Length / Elapsed.TotalSeconds;

    /// <summary>Screens every query on every core, as a batch screening would.</summary>
    public static EvalBatch Screen(ScreeningIndex index, IReadOnlyList<ScreeningQuery> queries)
    {
        var results = new IReadOnlyList<ScreeningResult>[queries.Count];
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(Partitioner.Create(0, queries.Count), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) results[i] = index.Screen(queries[i]);
        });
        return new EvalBatch(results, clock.Elapsed);
    }
}
