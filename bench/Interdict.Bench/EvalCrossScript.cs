using Interdict.Core.Matching;
using static Interdict.Bench.EvalMarkdown;

namespace Interdict.Bench;

/// <summary>Names across scripts: each pair of <c>cross-script-pairs.csv</c> compared as <c>interdict compare</c>
/// does (no schema), held against the least score the pair must reach.</summary>
internal sealed class EvalCrossScript : IEvalSection
{
    private readonly EvalMarkdown table = new("query", "expected", "pair", "score", "target", "");

    public EvalCrossScript(string shared)
    {
        var pairs = EvalGoldSets.CrossScriptPairs(shared);
        var passed = 0;
        foreach (var pair in pairs)
        {
            var score = NameComparer.Compare(pair.Query, pair.Expected, null).Score;
            var check = new Check($"{pair.Query} = {pair.Expected}", score, Ratio(score),
                Target.AtLeast(pair.MinScore, $"≥ {pair.MinScore:0.00}"));
            if (check.Passed) passed++;
            table.AddChecked(check, pair.Query, pair.Expected, pair.Description, check.Shown);
        }
        // The target is one: every pair at or above its least score.
        Checks = [new Check("cross-script pairs at or above their min_score", passed, $"{passed} of {pairs.Count}",
            Target.AtLeast(pairs.Count, $"all {pairs.Count}"))];
    }

    public IReadOnlyList<Check> Checks { get; }

    public void Write(TextWriter output)
    {
        output.WriteLine("## Cross-script pairs");
        output.WriteLine();
        output.WriteLine($"`cross-script-pairs.csv`: {Checks[0].Shown} pairs at or above their least score (`min_score`), compared without a schema.");
        output.WriteLine();
        table.Write(output);
    }
}
