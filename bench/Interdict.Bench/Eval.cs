using System.Diagnostics;

namespace Interdict.Bench;

/// <summary>
/// The evaluation of issue 3: matching quality on the dev gold sets and the speed figures, each beside its target,
/// printed as Markdown and, with <c>--write PATH</c>, written to that file (docs/quality.md).
/// </summary>
internal static class Eval
{
    public static int Run(string shared, string[] options)
    {
        string? writeTo = null;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] == "--write" && i + 1 < options.Length) writeTo = options[++i];
            else
            {
                Console.Error.WriteLine($"error: unknown eval option '{options[i]}': use eval [--write PATH]");
                return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        void Progress(string step) => Console.Error.WriteLine($"[{clock.Elapsed.TotalSeconds,5:0}s] {step}");

        // Speed first, while nothing else competes for the machine.
        Progress("speed and memory");
        var speed = new EvalSpeed(Figures.Measure(shared));
        Progress("crosslist");
        var crosslist = new EvalCrosslist(shared);
        Progress("negatives");
        var negatives = new EvalNegatives(shared);
        Progress("weak-name rule off");
        var weakNames = new EvalWeakNames(crosslist, new EvalCrosslist(shared, EvalWeakNames.RuleOff), negatives, new EvalNegatives(shared, EvalWeakNames.RuleOff));
        Progress("threshold sweep");
        var sweep = new EvalSweep(crosslist, negatives);
        Progress("cross-script pairs");
        var crossScript = new EvalCrossScript(shared);
        Progress("done");

        using var report = new StringWriter();
        EvalReport.Write(report, [crosslist, negatives, weakNames, crossScript, sweep, speed]);
        Console.Write(report.ToString());
        if (writeTo is not null)
        {
            File.WriteAllText(writeTo, report.ToString());
            Console.Error.WriteLine($"written to {writeTo}");
        }
        return 0;
    }
}
