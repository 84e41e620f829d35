using Interdict.Core.Matching;
using Interdict.Sources.Loading;
using static Interdict.Bench.EvalMarkdown;

namespace Interdict.Bench;

/// <summary>A set of crosslist queries reported together, and the target the issue sets for its name-only recall or
/// rank-1 rate, if any.</summary>
internal sealed record CaseGroup(
    string Label, Func<CrosslistCase, bool> Includes, Target? RecallTarget = null, Target? RankOneTarget = null);

/// <summary>How one crosslist query fared: where the expected entity ranked among the matches (-1 when it is not
/// among them) and how many matches the query raised.</summary>
internal readonly record struct CaseOutcome(int Rank, int Matches);

/// <summary>
/// Crosslist recall: each UK spelling of a party is screened against the one list the gold set links it to (the
/// evaluation asks whether the party is found in that list), at the default threshold, by name only and again
/// with the birth date and nationality the UK list gives.
/// </summary>
internal sealed class EvalCrosslist : IEvalSection
{
    /// <summary>Enough results that the expected entity is never cut off by the limit rather than by its score.</summary>
    private const int Limit = 20;

    private const string LowQuality = "Low quality";

    /// <summary>The groups the issue targets, by name only. Non-Latin-script queries are targeted without the UK's
    /// "Low quality" ones, as low-quality aliases are reported and not targeted.</summary>
    public static readonly CaseGroup[] TargetGroups =
    [
        new("Primary name", c => c.Kind == "Primary name", Target.AtLeast(0.99, "recall ≥ 0.99")),
        new("AKA, Good quality", c => c.Kind == "AKA" && c.AliasQuality == "Good quality", Target.AtLeast(0.99, "recall ≥ 0.99")),
        new("Primary name variation, all grades", c => c.Kind == "Primary name variation", Target.AtLeast(0.90, "recall ≥ 0.90")),
        new("AKA, no grade", c => c.Kind == "AKA" && c.AliasQuality.Length == 0, Target.AtLeast(0.90, "recall ≥ 0.90")),
        new("non-latin, without Low quality", c => c.Kind == "non-latin" && c.AliasQuality != LowQuality, Target.AtLeast(0.95, "recall ≥ 0.95")),
    ];

    private static readonly CaseGroup[] ReportedGroups =
    [
        new("AKA, Low quality (reported, not targeted)", c => c.Kind == "AKA" && c.AliasQuality == LowQuality),
        new("non-latin, all grades", c => c.Kind == "non-latin"),
    ];

    // The order the issue lists the kinds in; a kind it does not name comes after them.
    private static readonly string[] KindOrder = ["Primary name", "Primary name variation", "AKA", "FKA", "non-latin"];

    private readonly Dictionary<string, ScreeningIndex> indexes;
    private readonly CaseOutcome[] nameOnly;
    private readonly CaseOutcome[] withEvidence;
    private readonly List<Check> checks = [];
    private readonly EvalMarkdown targetTable = NewTable();
    private readonly EvalMarkdown kindTable = NewTable();
    private readonly EvalMarkdown listTable = NewTable();

    public EvalCrosslist(string shared, MatchingOptions? options = null)
    {
        Cases = EvalGoldSets.Crosslist(shared);
        indexes = Cases.Select(c => c.TargetList).Distinct(StringComparer.Ordinal).ToDictionary(
            list => list,
            list => ScreeningIndex.Build(ListLoader.Load([Path.Combine(shared, "lists", list)]).Lists, options),
            StringComparer.Ordinal);
        nameOnly = Outcomes(Screen(NameOnly));
        withEvidence = Outcomes(Screen(c => EvalGoldSets.WithEvidence(NameOnly(c), c.BirthDate, c.Nationality)));

        foreach (var group in TargetGroups.Concat(ReportedGroups)) AddGroup(targetTable, group);
        AddGroup(targetTable, new CaseGroup("all targeted groups", c => TargetGroups.Any(g => g.Includes(c)),
            RankOneTarget: Target.AtLeast(0.98, "rank-1 ≥ 0.98")));
        AddGroup(targetTable, new CaseGroup("all queries", _ => true));

        var kinds = Cases.Select(c => (c.Kind, c.AliasQuality)).Distinct()
            .OrderBy(k => Array.IndexOf(KindOrder, k.Kind) is var i && i >= 0 ? i : KindOrder.Length)
            .ThenBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.AliasQuality, StringComparer.Ordinal);
        foreach (var (kind, quality) in kinds)
        {
            var label = $"{kind}, {(quality.Length == 0 ? "no grade" : quality)}";
            AddGroup(kindTable, new CaseGroup(label, c => c.Kind == kind && c.AliasQuality == quality));
        }

        foreach (var list in indexes.Keys.Order(StringComparer.Ordinal))
            AddGroup(listTable, new CaseGroup(list, c => c.TargetList == list));
    }

    public IReadOnlyList<CrosslistCase> Cases { get; }

    public IReadOnlyList<Check> Checks => checks;

    /// <summary>Name-only recall of a group.</summary>
    public double Recall(CaseGroup group) =>
        GroupFigures.Of(Enumerable.Range(0, Cases.Count).Where(i => group.Includes(Cases[i])).Select(i => nameOnly[i])).Recall;

    /// <summary>The score of the expected entity for each case (null when it scored under
    /// <paramref name="threshold"/> or not at all), by name only, for the threshold sweep.</summary>
    public double?[] ExpectedScores(double threshold)
    {
        var results = Screen(c => NameOnly(c) with { Threshold = threshold });
        return Cases.Select((c, i) => results[i].FirstOrDefault(r => r.Entity.Id == c.Expected)?.Score).ToArray();
    }

    public void Write(TextWriter output)
    {
        output.WriteLine("## Crosslist: listed parties under the UK's spellings");
        output.WriteLine();
        output.WriteLine($"`crosslist-dev.jsonl`, {Count(Cases.Count)} queries, each screened against its own target list at the default " +
            $"threshold ({MatchingOptions.DefaultThreshold:0.00}) with a limit of {Limit}. *Recall*: the expected entity is among the matches. " +
            "*Rank-1*: it is the first match, among the queries where it is found. *Matches/q*: matches per query. " +
            "*+DOB/nat*: the same queries with the UK birth date and nationality. Targets are on the name-only figures.");
        output.WriteLine();
        output.WriteLine("### Targeted groups");
        output.WriteLine();
        targetTable.Write(output);
        output.WriteLine("### By kind and UK alias quality");
        output.WriteLine();
        kindTable.Write(output);
        output.WriteLine("### By target list");
        output.WriteLine();
        listTable.Write(output);
        WriteMisses(output);
    }

    /// <summary>Every targeted query whose entity was not matched by name only, with how the entity scored and why,
    /// so that each miss can be judged: a listed spelling the rules hold weak, a translation, a renamed vessel.</summary>
    private void WriteMisses(TextWriter output)
    {
        var missed = Enumerable.Range(0, Cases.Count)
            .Where(i => nameOnly[i].Rank < 0 && TargetGroups.Any(g => g.Includes(Cases[i]))).ToArray();
        var scored = Screen(c => NameOnly(c) with { IncludeNonMatches = true, Limit = 200 });
        output.WriteLine($"### Targeted queries not found by name only ({Count(missed.Length)})");
        output.WriteLine();
        output.WriteLine("The expected entity's best score among the candidates, and why; *not a candidate* when no listed name of it " +
            "shares enough with the query to be scored.");
        output.WriteLine();
        var table = new EvalMarkdown("group", "query", "expected", "score", "why");
        foreach (var i in missed)
        {
            var c = Cases[i];
            var group = TargetGroups.First(g => g.Includes(c)).Label;
            var found = scored[i].FirstOrDefault(r => r.Entity.Id == c.Expected);
            table.Add(group, Cell(c.Query), $"{c.Expected} {Cell(c.ListedName)}",
                found is null ? "" : found.Score.ToString("0.00"), found is null ? "not a candidate" : Cell(found.Explanation.ToString()));
        }
        table.Write(output);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static ScreeningQuery NameOnly(CrosslistCase c) => new(c.Query, c.Schema, Limit: Limit);

    /// <summary>Screens every case against its own target list, one batch per list; results in case order.</summary>
    private IReadOnlyList<ScreeningResult>[] Screen(Func<CrosslistCase, ScreeningQuery> query)
    {
        var results = new IReadOnlyList<ScreeningResult>[Cases.Count];
        foreach (var (list, index) in indexes)
        {
            var positions = Enumerable.Range(0, Cases.Count).Where(i => Cases[i].TargetList == list).ToArray();
            var batch = EvalBatch.Screen(index, positions.Select(i => query(Cases[i])).ToArray());
            for (var k = 0; k < positions.Length; k++) results[positions[k]] = batch.Results[k];
        }
        return results;
    }

    private CaseOutcome[] Outcomes(IReadOnlyList<ScreeningResult>[] results) =>
        Cases.Select((c, i) =>
        {
            var matches = results[i].Where(r => r.IsMatch).ToList();
            return new CaseOutcome(matches.FindIndex(r => r.Entity.Id == c.Expected), matches.Count);
        }).ToArray();

    private static EvalMarkdown NewTable() => new(
        "queries", "n", "recall", "rank-1", "matches/q", "recall +DOB/nat", "rank-1 +DOB/nat", "matches/q +DOB/nat", "target", "");

    private void AddGroup(EvalMarkdown table, CaseGroup group)
    {
        var members = Enumerable.Range(0, Cases.Count).Where(i => group.Includes(Cases[i])).ToArray();
        var plain = GroupFigures.Of(members.Select(i => nameOnly[i]));
        var evidence = GroupFigures.Of(members.Select(i => withEvidence[i]));
        var check = (group.RecallTarget, group.RankOneTarget) switch
        {
            ({ } recall, _) => new Check($"crosslist recall, {group.Label}", plain.Recall, Ratio(plain.Recall), recall),
            (_, { } rankOne) => new Check($"crosslist rank-1 among found, {group.Label}", plain.RankOne, Ratio(plain.RankOne), rankOne),
            _ => null,
        };
        if (check is not null) checks.Add(check);
        table.AddChecked(check, group.Label, Count(members.Length),
            Ratio(plain.Recall), Ratio(plain.RankOne), plain.MatchesPerQuery.ToString("0.00"),
            Ratio(evidence.Recall), Ratio(evidence.RankOne), evidence.MatchesPerQuery.ToString("0.00"));
    }
}

/// <summary>Recall, rank-1 rate (among the found) and matches per query of a group of outcomes; NaN where there is
/// nothing to divide by (an empty group, or none found for the rank-1 rate).</summary>
internal readonly record struct GroupFigures(double Recall, double RankOne, double MatchesPerQuery)
{
    public static GroupFigures Of(IEnumerable<CaseOutcome> outcomes)
    {
        var list = outcomes.ToList();
        var found = list.Count(o => o.Rank >= 0);
        return new GroupFigures(
            (double)found / list.Count,
            (double)list.Count(o => o.Rank == 0) / found,
            (double)list.Sum(o => o.Matches) / list.Count);
    }
}
