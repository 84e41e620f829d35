using System.CommandLine;
using Interdict.Store.Alerts;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict alerts decide ID --decision … --comment … --actor …</c>: records an analyst's decision.</summary>
internal static class AlertsDecideCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<long>("ID") { Description = "The alert's id." };
        var decision = new Option<string>("--decision") { Description = "true-match, false-positive or escalate.", Required = true };
        decision.AcceptOnlyFromAmong("true-match", "false-positive", "escalate");
        var comment = new Option<string>("--comment") { Description = "Why: required, and not blank.", Required = true };
        var actor = AuditActorOption.Create("Who decides");
        var store = ListsHistoryStore.Option();
        var decide = new Command("decide", "Record a decision on an open or escalated alert. A false positive holds until the match "
            + "changes materially (the party's data or the entity's listing); then the pair is alerted again.") { id, decision, comment, actor, store };
        decide.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var recorded = opened.Alerts.Decide(parsed.GetValue(id), AlertStatusText.ParseDecision(parsed.GetValue(decision)!),
                parsed.GetValue(actor)!, parsed.GetValue(comment)!);
            console.Out.WriteLine($"alert {recorded.AlertId}: {recorded.Decision.ToText()} by {recorded.Actor} at {AlertsText.Timestamp(recorded.DecidedAt)}");
            return CliApp.Done;
        }));
        return decide;
    }
}
