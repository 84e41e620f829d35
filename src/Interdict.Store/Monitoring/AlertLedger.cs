using System.Data.Common;
using Interdict.Store.Alerts;
using Interdict.Store.Audit;
using Interdict.Store.ListVersions;
using Interdict.Store.Parties;
using Interdict.Store.Sql;

namespace Interdict.Store.Monitoring;

/// <summary>
/// Turns one screening's matches into alerts, in the caller's transaction: a match that is new or changed materially
/// (<see cref="MatchMateriality"/>) raises an alert saying what changed, and supersedes the pair's alert if that was
/// still awaiting a decision; an undecided alert of a pair the screening covered that no longer matches is closed.
/// </summary>
internal sealed class AlertLedger(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
{
    private readonly Dictionary<(string Party, string Entity), PriorAlert> _latest = AlertRows.LatestOfEachPair(connection, transaction);

    public List<long> Raised { get; } = [];
    public int Closed { get; private set; }

    /// <summary>The audit entries of the alerts raised and closed, for the caller to append in its transaction.</summary>
    public List<AuditEntry> Audit { get; } = [];

    /// <param name="covered">Whether the screening compared the party and the entity: only such pairs can be found
    /// to match no longer.</param>
    public void Record(IEnumerable<PartyMatch> matches, Func<string, string, bool> covered)
    {
        var matched = new HashSet<(string, string)>();
        foreach (var match in matches)
        {
            var key = (match.PartyId, match.EntityId);
            if (!matched.Add(key)) continue;
            var prior = _latest.GetValueOrDefault(key);
            if (MatchMateriality.Changes(prior, match) is not { } changes) continue;
            if (prior is not null) changes.AddRange(DataChanges(prior, match));
            var id = AlertRows.Insert(connection, transaction, match, prior?.Id, prior is null ? null : string.Join("; ", changes), now);
            if (prior is not null && IsUndecided(prior)) Close(key, prior, AlertStatus.Closed, $"superseded by alert {id}");
            _latest[key] = new PriorAlert(id, AlertStatus.Open, match.Score, match.MatchedName, match.Evidence, match.PartyVersionId, match.EntityFingerprint);
            Raised.Add(id);
            Audit.Add(AuditEntries.AlertRaised(id, match, prior?.Id));
        }
        foreach (var (key, prior) in _latest.Where(p => IsUndecided(p.Value) && covered(p.Key.Party, p.Key.Entity) && !matched.Contains(p.Key)).ToList())
            Close(key, prior, AlertStatus.Closed, "no longer matches");
    }

    /// <summary>Closes the undecided alerts of entities a list version removed.</summary>
    public void Delist(IEnumerable<string> entityIds, ListVersionRecord version)
    {
        var removed = entityIds.ToHashSet(StringComparer.Ordinal);
        foreach (var (key, prior) in _latest.Where(p => IsUndecided(p.Value) && removed.Contains(p.Key.Entity)).ToList())
            Close(key, prior, AlertStatus.Delisted, $"removed from {version.SourceId} in list version {version.Id}");
    }

    private void Close((string, string) key, PriorAlert prior, AlertStatus status, string resolution)
    {
        AlertRows.Close(connection, transaction, prior.Id, status, resolution, now);
        _latest[key] = prior with { Status = status };
        Closed++;
        Audit.Add(AuditEntries.AlertClosed(prior.Id, status, resolution));
    }

    private static bool IsUndecided(PriorAlert alert) => alert.Status is AlertStatus.Open or AlertStatus.Escalated;

    /// <summary>The party's fields and the entity's listed fields that changed since the prior alert.</summary>
    private IEnumerable<string> DataChanges(PriorAlert prior, PartyMatch match)
    {
        if (prior.PartyVersionId != match.PartyVersionId
            && PartyRows.Version(connection, transaction, prior.PartyVersionId) is { } before
            && PartyRows.Version(connection, transaction, match.PartyVersionId) is { } after)
        {
            foreach (var change in after.ChangesSince(before)) yield return "party " + change;
        }
        if (prior.EntityFingerprint != match.EntityFingerprint)
        {
            var fields = connection.Query(transaction, "SELECT fingerprint, field_fingerprints FROM entity_contents WHERE fingerprint IN (@before, @after)",
                    row => (row.GetString(0), EntityContent.ParseFieldFingerprints(row.GetString(1))),
                    ("before", prior.EntityFingerprint), ("after", match.EntityFingerprint))
                .ToDictionary(r => r.Item1, r => r.Item2);
            yield return "listing changed: " + string.Join(", ", EntityContent.ChangedFields(fields[prior.EntityFingerprint], fields[match.EntityFingerprint]));
        }
    }
}
