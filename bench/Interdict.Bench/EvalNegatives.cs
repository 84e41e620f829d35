using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using static Interdict.Bench.EvalMarkdown;

namespace Interdict.Bench;

/// <summary>
/// False alerts: generated people who are on no list, screened as persons against OFAC SDN, UN and UK together at
/// the default threshold, by name only and with their birth date and nationality. Any match is a false alert.
/// </summary>
internal sealed class EvalNegatives : IEvalSection
{
    public static readonly Target NameOnlyTarget = Target.AtMost(0.02, "≤ 2 %");
    public static readonly Target WithEvidenceTarget = Target.AtMost(0.005, "≤ 0.5 %");

    private readonly ScreeningIndex index;
    private readonly List<(string File, List<NegativePerson> People)> files;
    private readonly List<Check> checks = [];
    private readonly EvalMarkdown table = new("file", "queries", "evidence", "alerts", "alert share", "queries/s", "target", "");

    private readonly Dictionary<bool, double> shares = [];

    public EvalNegatives(string shared, MatchingOptions? options = null)
    {
        index = ScreeningIndex.Build(ListLoader.Load(Paths.ScreeningLists(shared)).Lists, options);
        files = EvalGoldSets.NegativeFiles.Select(f => (f, EvalGoldSets.Negatives(shared, f))).ToList();
        foreach (var withEvidence in new[] { false, true })
        {
            var target = withEvidence ? WithEvidenceTarget : NameOnlyTarget;
            var evidence = withEvidence ? "birth date, nationality" : "name only";
            var (allAlerts, allQueries, allTime) = (0, 0, TimeSpan.Zero);
            foreach (var (file, people) in files)
            {
                var batch = EvalBatch.Screen(index, Queries(people, withEvidence, threshold: null));
                var alerts = batch.Results.Count(r => r.Any(m => m.IsMatch));
                (allAlerts, allQueries, allTime) = (allAlerts + alerts, allQueries + people.Count, allTime + batch.Elapsed);
                AddRow(file, evidence, people.Count, alerts, batch.QueriesPerSecond, target);
            }
            // The issue targets the negatives as one set; each file's row is marked as well.
            checks.Add(AddRow("both files", evidence, allQueries, allAlerts, allQueries / allTime.TotalSeconds, target));
            shares[withEvidence] = (double)allAlerts / allQueries;
        }
    }

    public IReadOnlyList<Check> Checks => checks;

    /// <summary>The share of both files' people raising an alert.</summary>
    public double AlertShare(bool withEvidence) => shares[withEvidence];

    /// <summary>Every person's best score, at or above <paramref name="threshold"/> (null under it), per file in
    /// order, for the threshold sweep.</summary>
    public double?[] TopScores(double threshold, bool withEvidence) =>
        EvalBatch.Screen(index, files.SelectMany(f => Queries(f.People, withEvidence, threshold)).ToArray())
            .Results.Select(r => r.Count > 0 ? r[0].Score : (double?)null).ToArray();

    public void Write(TextWriter output)
    {
        output.WriteLine("## Negatives: people on no list");
        output.WriteLine();
        output.WriteLine($"{string.Join(" and ", files.Select(f => $"`{f.File}` ({Count(f.People.Count)})"))}, screened as persons against " +
            $"OFAC SDN, UN and UK together ({Count(index.Entities.Count)} entities) at the default threshold " +
            $"({MatchingOptions.DefaultThreshold:0.00}). *Alerts*: queries with any match. *Queries/s*: screening on every core " +
            "(a figure, not a target; the machine is shared).");
        output.WriteLine();
        table.Write(output);
    }

    // One result is enough: the best decides whether a query raises an alert.
    private static ScreeningQuery[] Queries(List<NegativePerson> people, bool withEvidence, double? threshold) =>
        people.Select(p =>
        {
            var query = new ScreeningQuery(p.Name, Schema.Person, Threshold: threshold, Limit: 1);
            return withEvidence ? EvalGoldSets.WithEvidence(query, p.BirthDate, p.Nationality) : query;
        }).ToArray();

    private Check AddRow(string file, string evidence, int queries, int alerts, double queriesPerSecond, Target target)
    {
        var share = (double)alerts / queries;
        var check = new Check($"negatives alerting, {evidence}", share, Percent(share), target);
        table.AddChecked(check, file, Count(queries), evidence, Count(alerts), Percent(share), Count(queriesPerSecond));
        return check;
    }
}
