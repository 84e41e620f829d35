using System.Diagnostics;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Bench;

/// <summary>One measured figure, its value as shown, and the target for it if there is one.</summary>
internal sealed record FigureRow(string Figure, string Value, Check? Check = null);

/// <summary>
/// Speed and memory of loading, indexing and screening on this machine, for docs/figures.md and the speed section
/// of docs/quality.md. Latency is measured one query at a time on one thread; throughput with every core.
/// </summary>
internal static class Figures
{
    public static void Run(string shared)
    {
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        foreach (var row in Measure(shared)) Console.WriteLine($"| {row.Figure} | {row.Value} |");
    }

    /// <summary>Measures every figure. Resident memory is read after loading here, so it is only this process's
    /// own when nothing else was loaded before.</summary>
    public static List<FigureRow> Measure(string shared)
    {
        var lists = Paths.ScreeningLists(shared);
        var rows = new List<FigureRow>();
        rows.Add(new("machine", $"{Environment.ProcessorCount} cores, .NET {Environment.Version}"));

        foreach (var path in lists)
        {
            var cold = Time(() => ListLoader.Load([path]));
            var warm = Median(3, () => ListLoader.Load([path]));
            rows.Add(new($"load {Path.GetFileName(path)}", $"{cold:N0} ms first, {warm:N0} ms warm"));
        }

        var loaded = ListLoader.Load(lists).Lists;
        ScreeningIndex index = null!;
        var build = Median(3, () => index = ScreeningIndex.Build(loaded));
        rows.Add(Checked("index build (3 lists)", $"{build:N0} ms for {index.Entities.Count:N0} entities, {index.NameCount:N0} names, {index.WordCount:N0} words",
            build, Target.AtMost(2000, "≤ 2 s")));

        var (heap, resident) = MemoryAfterLoad.InFreshProcess(shared);
        rows.Add(new("managed heap after load", $"{heap:N0} MB"));
        rows.Add(Checked("resident memory after load", $"{resident:N0} MB (a fresh process that loaded the lists once)", resident, Target.AtMost(400, "≤ 400 MB")));

        var queries = Queries(shared);
        foreach (var q in queries.Take(2000)) index.Screen(q);
        var latencies = queries.Select(q => TimeMicroseconds(() => index.Screen(q))).Order().ToArray();
        var p99 = Percentile(latencies, 0.99);
        rows.Add(Checked("single query latency", $"p50 {Percentile(latencies, 0.50):N0} µs, p99 {p99:N0} µs, max {latencies[^1]:N0} µs ({latencies.Length:N0} queries, one thread)",
            p99, Target.AtMost(1000, "p99 ≤ 1 ms")));

        var clock = Stopwatch.StartNew();
        Parallel.ForEach(queries, q => index.Screen(q));
        var throughput = queries.Count / clock.Elapsed.TotalSeconds;
        rows.Add(Checked("batch throughput", $"{throughput:N0} queries/s ({queries.Count:N0} queries, {Environment.ProcessorCount} cores)",
            throughput, Target.AtLeast(20_000, "≥ 20,000 queries/s")));

        var pairs = EvalGoldSets.Crosslist(shared).Select(c => (c.Query, c.ListedName, c.Schema)).ToList();
        // Warm up until the comparison's code is fully compiled, as a long compare run is.
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            foreach (var (a, b, s) in pairs) NameComparer.Compare(a, b, s);
        }
        clock.Restart();
        const int rounds = 5;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (a, b, s) in pairs) NameComparer.Compare(a, b, s);
        }
        var perPair = clock.Elapsed.TotalMicroseconds / (rounds * pairs.Count);
        rows.Add(Checked("compare per pair", $"{perPair:N1} µs ({pairs.Count:N0} pairs × {rounds})", perPair, Target.AtMost(5, "≤ 5 µs")));
        return rows;
    }

    /// <summary>The gold queries (names as the UK list writes them) and generated people on no list.</summary>
    private static List<ScreeningQuery> Queries(string shared) =>
    [
        .. EvalGoldSets.Crosslist(shared).Select(c => new ScreeningQuery(c.Query, c.Schema)),
        .. EvalGoldSets.NegativeFiles.SelectMany(f => EvalGoldSets.Negatives(shared, f)).Select(p => new ScreeningQuery(p.Name, Schema.Person)),
    ];

    private static FigureRow Checked(string figure, string value, double measured, Target target) =>
        new(figure, value, new Check(figure, measured, value, target));

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(int runs, Action action) =>
        Enumerable.Range(0, runs).Select(_ => Time(action)).Order().ElementAt(runs / 2);

    private static double TimeMicroseconds(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
