using System.Globalization;
using Interdict.Core.Matching;
using static Interdict.Bench.EvalMarkdown;

namespace Interdict.Bench;

/// <summary>
/// The trade-off between finding listed parties and staying quiet on people on no list: crosslist recall of the
/// targeted groups and the negatives' alert share at each threshold. Every query is screened once at the lowest
/// threshold and each threshold is applied to the scores, which is what screening at that threshold would match.
/// </summary>
internal sealed class EvalSweep : IEvalSection
{
    private const double Lowest = 0.60, Highest = 0.90, Step = 0.02;

    // Counted in whole steps and rounded, so that the default threshold is hit exactly, not as 0.7000000000000001.
    private static readonly double[] Thresholds =
        [.. Enumerable.Range(0, (int)Math.Round((Highest - Lowest) / Step) + 1).Select(i => Math.Round(Lowest + (Step * i), 2))];

    private readonly EvalMarkdown table;
    private readonly List<double> recallHolds = [];
    private readonly List<double> alertsHold = [];
    private readonly List<string> neverMet;
    private readonly int negativeCount;

    public EvalSweep(EvalCrosslist crosslist, EvalNegatives negatives)
    {
        var expected = crosslist.ExpectedScores(Lowest);
        var plain = negatives.TopScores(Lowest, withEvidence: false);
        var evidence = negatives.TopScores(Lowest, withEvidence: true);
        negativeCount = plain.Length;
        var groups = EvalCrosslist.TargetGroups
            .Select(g => (Group: g, Members: Enumerable.Range(0, crosslist.Cases.Count).Where(i => g.Includes(crosslist.Cases[i])).ToArray()))
            .ToList();
        var metSomewhere = new bool[groups.Count];

        table = new EvalMarkdown([
            "threshold", .. groups.Select(g => $"{g.Group.Label} ({g.Group.RecallTarget!.Text})"),
            $"negatives, name only ({EvalNegatives.NameOnlyTarget.Text})",
            $"negatives, +DOB/nat ({EvalNegatives.WithEvidenceTarget.Text})",
            "recall targets", "alert targets"]);
        foreach (var threshold in Thresholds)
        {
            var recalls = groups.Select(g => (double)g.Members.Count(i => expected[i] >= threshold) / g.Members.Length).ToArray();
            var plainShare = ShareAtOrAbove(plain, threshold);
            var evidenceShare = ShareAtOrAbove(evidence, threshold);
            var met = groups.Select((g, k) => g.Group.RecallTarget!.IsMetBy(recalls[k])).ToArray();
            for (var k = 0; k < met.Length; k++) metSomewhere[k] |= met[k];
            var recallMet = met.All(m => m);
            var alertsMet = EvalNegatives.NameOnlyTarget.IsMetBy(plainShare) && EvalNegatives.WithEvidenceTarget.IsMetBy(evidenceShare);
            if (recallMet) recallHolds.Add(threshold);
            if (alertsMet) alertsHold.Add(threshold);
            var label = threshold.ToString("0.00", CultureInfo.InvariantCulture);
            table.Add([
                threshold == MatchingOptions.DefaultThreshold ? $"**{label}** (default)" : label,
                .. recalls.Select(Ratio), Percent(plainShare), Percent(evidenceShare),
                recallMet ? "all met" : "missed", alertsMet ? "both met" : "missed"]);
        }
        neverMet = [.. groups.Where((_, k) => !metSomewhere[k]).Select(g => g.Group.Label)];
    }

    public IReadOnlyList<Check> Checks => [];

    public void Write(TextWriter output)
    {
        output.WriteLine("## Threshold sweep: recall against false alerts");
        output.WriteLine();
        output.WriteLine($"Crosslist recall by name only for the targeted groups, and the share of the {Count(negativeCount)} negatives raising an alert, " +
            "by the threshold a match needs. Scored once at the lowest threshold of the sweep; each row applies its threshold to those scores.");
        output.WriteLine();
        table.Write(output);
        output.WriteLine($"- Every crosslist recall target holds at: {Listed(recallHolds)}.");
        output.WriteLine($"- Both alert targets hold at: {Listed(alertsHold)}.");
        output.WriteLine($"- Recall and alert targets together hold at: {Listed([.. recallHolds.Intersect(alertsHold)])}.");
        if (neverMet.Count > 0)
            output.WriteLine($"- Recall target missed at every threshold of the sweep: {string.Join("; ", neverMet)}. Their shortfall is not traded against alerts: no threshold here closes it.");
        if (recallHolds.Count > 0 && !recallHolds.Intersect(alertsHold).Any())
            output.WriteLine($"- The recall and the alert targets conflict. The issue asks for the threshold where recall holds: at most {recallHolds.Max():0.00}.");
        output.WriteLine();
    }

    private static double ShareAtOrAbove(double?[] scores, double threshold) =>
        (double)scores.Count(s => s >= threshold) / scores.Length;

    private static string Listed(List<double> thresholds) =>
        thresholds.Count == 0 ? "none of the sweep" : string.Join(", ", thresholds.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)));
}
