using System.CommandLine;
using Interdict.Store;
using Interdict.Store.Alerts;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict alerts list|show|decide</c>: the alerts the monitor raised, and the analysts' decisions.</summary>
internal static class AlertsCommand
{
    public static Command Create(CliConsole console) => new("alerts", "Review the alerts raised on monitored parties and record decisions.")
    {
        List(console),
        Show(console),
        AlertsDecideCommand.Create(console),
    };

    private static Command List(CliConsole console)
    {
        var status = new Option<string?>("--status") { Description = "open, true_match, false_positive, escalated, delisted or closed." };
        var party = new Option<string?>("--party") { Description = "Only the alerts of this party id." };
        var source = new Option<string?>("--source") { Description = "Only alerts on entities of this source, e.g. ofac-sdn." };
        var minScore = new Option<double?>("--min-score") { Description = "Only alerts scoring at least this." };
        var page = AlertsText.PageOption();
        var limit = CommonOptions.Limit(50);
        var format = CommonOptions.Format("table", "table", "json");
        var store = ListsHistoryStore.Option();
        var list = new Command("list", "Alerts, newest first.") { status, party, source, minScore, page, limit, format, store };
        list.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var filter = new AlertFilter(
                parsed.GetValue(status) is { } text ? AlertStatusText.ParseStatus(text) : null,
                parsed.GetValue(party), parsed.GetValue(source), parsed.GetValue(minScore), parsed.GetValue(page), parsed.GetValue(limit));
            var found = opened.Alerts.List(filter);
            if (parsed.GetValue(format) == "json")
            {
                ListsHistoryJson.Write(console.Out, json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("total", found.Total);
                    json.WriteNumber("page", filter.Page);
                    json.WriteStartArray("alerts");
                    foreach (var alert in found.Alerts) AlertsText.Write(json, alert);
                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                console.Out.WriteLine($"{found.Total:N0} alerts; page {filter.Page}");
                AlertsText.WriteTable(console.Out, found.Alerts);
            }
            return CliApp.Done;
        }));
        return list;
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<long>("ID") { Description = "The alert's id." };
        var format = CommonOptions.Format("table", "table", "json");
        var store = ListsHistoryStore.Option();
        var show = new Command("show", "An alert: party, entity, score, explanation, what changed, and its decisions.") { id, format, store };
        show.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var alert = opened.Alerts.Find(parsed.GetValue(id)) ?? throw new UsageException($"no alert {parsed.GetValue(id)} in {opened.Description}");
            var decisions = opened.Alerts.Decisions(alert.Id);
            if (parsed.GetValue(format) == "json")
            {
                ListsHistoryJson.Write(console.Out, json => AlertsText.Write(json, alert, decisions));
                return CliApp.Done;
            }
            AlertsText.WriteTable(console.Out, [alert]);
            console.Out.WriteLine($"  why: {alert.Explanation}");
            if (alert.Resolution is not null) console.Out.WriteLine($"  closed: {alert.Resolution}");
            foreach (var d in decisions)
                console.Out.WriteLine($"  {AlertsText.Timestamp(d.DecidedAt)}  {d.Decision.ToText()} by {d.Actor}: {d.Comment}");
            return CliApp.Done;
        }));
        return show;
    }
}
