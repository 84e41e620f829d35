using System.Diagnostics;
using Interdict.Cli;

namespace Interdict.Bench;

/// <summary>
/// Shows that batch screening memory does not grow with the input: screens 100,000 and then 1,000,000 rows of
/// generated names through the real command (output discarded), each in a fresh process, and reports the peak
/// resident memory of each.
/// </summary>
internal static class BatchMemory
{
    private static readonly int[] Sizes = [100_000, 1_000_000];

    public static void Run(string shared)
    {
        Console.WriteLine("| rows | seconds | rows/s | peak resident memory |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var count in Sizes)
        {
            using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["batch-memory-run", count.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                Environment = { ["INTERDICT_SHARED"] = shared },
            })!;
            Console.WriteLine(child.StandardOutput.ReadToEnd().TrimEnd());
            child.WaitForExit();
            if (child.ExitCode != 0) throw new InvalidOperationException($"the {count:N0}-row run exited {child.ExitCode}");
        }
    }

    /// <summary>One batch of <paramref name="count"/> rows in this process, printed as a table row.</summary>
    public static void RunOne(string shared, int count)
    {
        var names = EvalGoldSets.Negatives(shared, "negatives-global-dev.csv").Select(p => p.Name).ToArray();
        var input = Path.Combine(Path.GetTempPath(), $"interdict-batch-{count}.jsonl");
        using (var writer = new StreamWriter(input))
        {
            for (var i = 0; i < count; i++)
                writer.WriteLine($"{{\"id\":{i},\"name\":\"{names[i % names.Length].Replace("\"", "", StringComparison.Ordinal)}\",\"schema\":\"Person\"}}");
        }
        var peak = 0L;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(50).ConfigureAwait(false);
            }
        });
        var clock = Stopwatch.StartNew();
        var code = CliApp.Run(["screen", "--input", input, "--output", "/dev/null", "--lists", .. Paths.ScreeningLists(shared)], TextWriter.Null, TextWriter.Null);
        var seconds = clock.Elapsed.TotalSeconds;
        sampling.Cancel();
        sampler.Wait();
        File.Delete(input);
        if (code != 0) throw new InvalidOperationException($"batch exited {code}");
        Console.WriteLine($"| {count:N0} | {seconds:N1} | {count / seconds:N0} | {peak / 1048576.0:N0} MB |");
    }
}
