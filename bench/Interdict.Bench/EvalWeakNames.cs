using Interdict.Core.Matching;
using static Interdict.Bench.EvalMarkdown;

namespace Interdict.Bench;

/// <summary>
/// The weak-name rule against the recall targets: the lists themselves mark some spellings weak (OFAC weak a.k.a.,
/// UN "Low" aliases) where the UK grades the same spelling good, and one-word names of persons are weak by rule, so
/// a name-only query that only meets such a spelling confirms but cannot alert. This section measures what the rule
/// costs and what it saves, by screening again with weak names allowed to alert on their own.
/// </summary>
internal sealed class EvalWeakNames(EvalCrosslist ruleOn, EvalCrosslist ruleOff, EvalNegatives negativesOn, EvalNegatives negativesOff) : IEvalSection
{
    /// <summary>Weak names scored like any other: the rule switched off.</summary>
    public static readonly MatchingOptions RuleOff = MatchingOptions.Default with { WeakNameGap = null };

    public IReadOnlyList<Check> Checks => [];

    public void Write(TextWriter output)
    {
        output.WriteLine("## The weak-name rule against the recall targets");
        output.WriteLine();
        output.WriteLine("Weak names — OFAC weak a.k.a., UK \"Low quality\" and UN \"Low\" aliases, a person's one-word name, and a listed " +
            "person's given names without the family name — confirm a hit with a birth date or identifier but do not raise one on " +
            "their own. Where the target list grades a spelling weak that the UK grades good, the name-only query cannot alert: " +
            "the rule and the name-only recall target conflict. The same evaluation with weak names allowed to alert:");
        output.WriteLine();
        var table = new EvalMarkdown("figure", "rule kept (default)", "weak names alert alone", "target");
        foreach (var group in EvalCrosslist.TargetGroups)
            table.Add($"crosslist recall, {group.Label}", Ratio(ruleOn.Recall(group)), Ratio(ruleOff.Recall(group)), group.RecallTarget!.Text);
        foreach (var withEvidence in new[] { false, true })
        {
            var target = withEvidence ? EvalNegatives.WithEvidenceTarget : EvalNegatives.NameOnlyTarget;
            table.Add($"negatives alerting, {(withEvidence ? "birth date, nationality" : "name only")}",
                Percent(negativesOn.AlertShare(withEvidence)), Percent(negativesOff.AlertShare(withEvidence)), target.Text);
        }
        table.Write(output);
    }
}
