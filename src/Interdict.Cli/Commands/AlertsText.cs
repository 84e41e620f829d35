using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Interdict.Store.Alerts;

namespace Interdict.Cli.Commands;

/// <summary>How <c>alerts</c> and <c>parties show</c> write alerts: a table line each, or JSON.</summary>
internal static class AlertsText
{
    public static Option<int> PageOption()
    {
        var option = new Option<int>("--page") { Description = "Which page of results, from 1 (default 1).", DefaultValueFactory = _ => 1 };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--page must be at least 1.");
        });
        return option;
    }

    public static void WriteTable(TextWriter output, IEnumerable<AlertRecord> alerts)
    {
        foreach (var a in alerts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{a.Id,6}  {a.Status.ToText(),-14}  {a.Score:0.00}  {a.PartyId,-14}  {a.EntityId,-20}  {a.EntityCaption}  (list version {a.ListVersionId}, {a.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm})"));
            if (a.Changes is not null) output.WriteLine($"        changed: {a.Changes}");
        }
    }

    public static void Write(Utf8JsonWriter json, AlertRecord alert, IReadOnlyList<AlertDecision>? decisions = null)
    {
        json.WriteStartObject();
        json.WriteNumber("id", alert.Id);
        json.WriteString("status", alert.Status.ToText());
        json.WriteString("party", alert.PartyId);
        json.WriteNumber("party_version", alert.PartyVersionId);
        json.WriteString("entity", alert.EntityId);
        json.WriteString("source", alert.SourceId);
        json.WriteString("caption", alert.EntityCaption);
        json.WriteNumber("list_version", alert.ListVersionId);
        json.WriteNumber("score", alert.Score);
        json.WriteString("matched_name", alert.MatchedName);
        json.WriteStartArray("evidence");
        foreach (var evidence in alert.Evidence) json.WriteStringValue(evidence);
        json.WriteEndArray();
        json.WriteString("explanation", alert.Explanation);
        if (alert.PreviousAlertId is { } previous) json.WriteNumber("previous_alert", previous);
        else json.WriteNull("previous_alert");
        json.WriteString("changes", alert.Changes);
        json.WriteString("resolution", alert.Resolution);
        json.WriteString("created_at", Timestamp(alert.CreatedAt));
        json.WriteString("updated_at", Timestamp(alert.UpdatedAt));
        if (decisions is not null)
        {
            json.WriteStartArray("decisions");
            foreach (var d in decisions) WriteDecision(json, d);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    public static void WriteDecision(Utf8JsonWriter json, AlertDecision decision)
    {
        json.WriteStartObject();
        json.WriteNumber("id", decision.Id);
        json.WriteNumber("alert", decision.AlertId);
        json.WriteString("decision", decision.Decision.ToText());
        json.WriteString("actor", decision.Actor);
        json.WriteString("comment", decision.Comment);
        json.WriteString("decided_at", Timestamp(decision.DecidedAt));
        json.WriteEndObject();
    }

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
