using System.Globalization;
using System.Text.Json.Nodes;
using Interdict.Store.Alerts;
using Interdict.Store.Monitoring;

namespace Interdict.Store.Audit;

/// <summary>The audit entry of each kind of change, with the facts a reader needs to identify it.</summary>
internal static class AuditEntries
{
    public static AuditEntry ListImported(ListVersionRecord version) => AuditEntry.Of(AuditKinds.ListImported, new JsonObject
    {
        ["source"] = version.SourceId,
        ["version"] = version.Id,
        ["hash"] = version.Hash,
        ["format"] = version.Format,
        ["published"] = version.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["entities"] = version.EntityCount,
        ["added"] = version.Added,
        ["removed"] = version.Removed,
        ["changed"] = version.Changed,
        ["files"] = new JsonArray([.. version.Files.Select(f => new JsonObject { ["name"] = Path.GetFileName(f.Path), ["sha256"] = f.Sha256 })]),
    });

    public static AuditEntry PartyWritten(MonitoredParty party, bool added) =>
        AuditEntry.Of(added ? AuditKinds.PartyAdded : AuditKinds.PartyUpdated, new JsonObject
        {
            ["party"] = party.Data.Id,
            ["name"] = party.Data.Name,
            ["version"] = party.VersionId,
            ["hash"] = party.Data.Hash(),
        });

    public static AuditEntry AlertRaised(long alertId, PartyMatch match, long? previousAlertId) => AuditEntry.Of(AuditKinds.AlertRaised, new JsonObject
    {
        ["alert"] = alertId,
        ["party"] = match.PartyId,
        ["entity"] = match.EntityId,
        ["list_version"] = match.ListVersionId,
        ["score"] = match.Score,
        ["previous_alert"] = previousAlertId,
    });

    public static AuditEntry AlertClosed(long alertId, AlertStatus status, string resolution) =>
        AuditEntry.Of(status == AlertStatus.Delisted ? AuditKinds.AlertDelisted : AuditKinds.AlertClosed, new JsonObject
        {
            ["alert"] = alertId,
            ["status"] = status.ToText(),
            ["resolution"] = resolution,
        });

    public static AuditEntry AlertDecided(AlertDecision decision) => AuditEntry.Of(AuditKinds.AlertDecided, new JsonObject
    {
        ["alert"] = decision.AlertId,
        ["decision"] = decision.Decision.ToText(),
        ["status"] = decision.Decision.Outcome().ToText(),
        ["comment"] = decision.Comment,
    });
}
