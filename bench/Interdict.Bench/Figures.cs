using System.Diagnostics;
using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Bench;

/// <summary>
/// Speed and memory of loading, indexing and screening on this machine, printed as a Markdown table for
/// docs/figures.md. Latency is measured one query at a time on one thread; throughput with every core.
/// </summary>
internal static class Figures
{
    public static void Run(string shared)
    {
        var lists = Paths.ScreeningLists(shared);
        var rows = new List<(string Figure, string Value)>();
        rows.Add(("machine", $"{Environment.ProcessorCount} cores, .NET {Environment.Version}"));

        foreach (var path in lists)
        {
            var cold = Time(() => ListLoader.Load([path]));
            var warm = Median(3, () => ListLoader.Load([path]));
            rows.Add(($"load {Path.GetFileName(path)}", $"{cold:N0} ms first, {warm:N0} ms warm"));
        }

        var loaded = ListLoader.Load(lists).Lists;
        ScreeningIndex index = null!;
        var build = Median(3, () => index = ScreeningIndex.Build(loaded));
        rows.Add(("index build (3 lists)", $"{build:N0} ms for {index.Entities.Count:N0} entities, {index.NameCount:N0} names, {index.WordCount:N0} words"));

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        rows.Add(("managed heap after load", $"{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:N0} MB"));
        rows.Add(("resident memory after load", $"{Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} MB"));

        var queries = Queries(shared);
        foreach (var q in queries.Take(2000)) index.Screen(q);
        var latencies = queries.Select(q => TimeMicroseconds(() => index.Screen(q))).Order().ToArray();
        rows.Add(("single query latency", $"p50 {Percentile(latencies, 0.50):N0} µs, p99 {Percentile(latencies, 0.99):N0} µs, max {latencies[^1]:N0} µs ({latencies.Length:N0} queries, one thread)"));

        var clock = Stopwatch.StartNew();
        Parallel.ForEach(queries, q => index.Screen(q));
        rows.Add(("batch throughput", $"{queries.Count / clock.Elapsed.TotalSeconds:N0} queries/s ({queries.Count:N0} queries, {Environment.ProcessorCount} cores)"));

        var pairs = Pairs(shared);
        foreach (var (a, b, s) in pairs) NameComparer.Compare(a, b, s);
        clock.Restart();
        const int rounds = 5;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (a, b, s) in pairs) NameComparer.Compare(a, b, s);
        }
        rows.Add(("compare per pair", $"{clock.Elapsed.TotalMicroseconds / (rounds * pairs.Count):N1} µs ({pairs.Count:N0} pairs × {rounds})"));

        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---|");
        foreach (var (figure, value) in rows) Console.WriteLine($"| {figure} | {value} |");
    }

    /// <summary>The gold queries (names as the UK list writes them) and generated people on no list.</summary>
    internal static List<ScreeningQuery> Queries(string shared)
    {
        var queries = new List<ScreeningQuery>();
        foreach (var line in File.ReadLines(Path.Combine(shared, "eval/crosslist-dev.jsonl")))
        {
            var row = JsonDocument.Parse(line).RootElement;
            queries.Add(new ScreeningQuery(row.GetProperty("query").GetString()!, SchemaExtensions.Parse(row.GetProperty("schema").GetString())));
        }
        foreach (var file in new[] { "negatives-us.csv", "negatives-global-dev.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(shared, "eval", file)).Skip(1))
            {
                var name = line.Split(',')[0];
                if (name.Length > 0) queries.Add(new ScreeningQuery(name, Schema.Person));
            }
        }
        return queries;
    }

    private static List<(string, string, Schema?)> Pairs(string shared) =>
        File.ReadLines(Path.Combine(shared, "eval/crosslist-dev.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (r.GetProperty("query").GetString()!, r.GetProperty("listed_name").GetString()!, SchemaExtensions.Parse(r.GetProperty("schema").GetString())))
            .ToList();

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
