using System.Data.Common;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Store.Audit;
using Interdict.Store.ListVersions;
using Interdict.Store.Parties;
using Interdict.Store.Sql;

namespace Interdict.Store.Monitoring;

/// <summary>The monitor on a SQL store. Party imports and list-version screenings write alerts under one write turn
/// (on the alerts table), so two of them never judge the same pair at once.</summary>
internal sealed class SqlPartyMonitor(SqlDialect dialect, TimeProvider clock) : IPartyMonitor
{
    /// <summary>Most entities a party is matched with in one screening: far more than a real name matches.</summary>
    private const int MatchesPerParty = 25;

    private readonly AuditWriter _audit = new(dialect, clock);

    public PartyImportResult ImportParties(IReadOnlyList<Party> parties, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(parties);
        if (parties.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new StoreException($"party id {twice.Key} is given {twice.Count()} times");
        using var connection = dialect.OpenConnection();
        using var transaction = connection.BeginTransaction();
        TakeWriteTurn(connection, transaction);
        var now = clock.GetUtcNow();
        var hashes = PartyRows.CurrentHashes(connection, transaction);
        var changed = parties.Where(p => hashes.GetValueOrDefault(p.Id) != p.Hash()).ToList();
        var written = PartyRows.Write(connection, transaction, changed, hashes.Keys.ToHashSet(StringComparer.Ordinal), now);
        var added = changed.Count(p => !hashes.ContainsKey(p.Id));

        var ledger = new AlertLedger(connection, transaction, now);
        var entities = 0;
        if (written.Count > 0)
        {
            var listed = ListedEntities.Latest(connection, transaction);
            entities = listed.Origin.Count;
            var index = ScreeningIndex.Build(listed.Lists);
            var screened = written.Select(p => p.Data.Id).ToHashSet(StringComparer.Ordinal);
            // Each screened party was compared with every listed entity.
            ledger.Record(Screen(index, written, listed), (party, _) => screened.Contains(party));
        }
        _audit.Append(connection, transaction, actor, [.. written.Select(p => AuditEntries.PartyWritten(p, !hashes.ContainsKey(p.Data.Id))), .. ledger.Audit]);
        transaction.Commit();
        return new PartyImportResult(added, changed.Count - added, parties.Count - changed.Count, entities, ledger.Raised, ledger.Closed);
    }

    public IReadOnlyList<VersionScreening> ScreenNewListVersions(string? actor = null)
    {
        var screenings = new List<VersionScreening>();
        using var connection = dialect.OpenConnection();
        foreach (var versionId in connection.Query(null,
                     "SELECT id FROM list_versions v WHERE NOT EXISTS (SELECT 1 FROM monitored_versions m WHERE m.list_version_id = v.id) ORDER BY id",
                     row => row.GetInt64(0)))
        {
            using var transaction = connection.BeginTransaction();
            TakeWriteTurn(connection, transaction);
            // Another process may have screened it while this one waited for its turn.
            if (connection.Scalar(transaction, "SELECT 1 FROM monitored_versions WHERE list_version_id = @id", ("id", versionId)) is null)
                screenings.Add(ScreenVersion(connection, transaction, ListVersionRows.Find(connection, transaction, versionId)!, actor));
            transaction.Commit();
        }
        return screenings;
    }

    /// <summary>Screens every party against the entities the version added or changed, and delists the alerts of the
    /// entities it removed. An allow-list version raises nothing itself: its entries clear matches, they are not ones.</summary>
    private VersionScreening ScreenVersion(DbConnection connection, DbTransaction transaction, ListVersionRecord version, string? actor)
    {
        var now = clock.GetUtcNow();
        var ledger = new AlertLedger(connection, transaction, now);
        var parties = PartyRows.All(connection, transaction);
        var delta = version.Kind == ListKind.Allow ? new ListedEntities() : ListedEntities.ChangedIn(connection, transaction, version);
        if (parties.Count > 0 && delta.Origin.Count > 0)
        {
            var deltaIds = delta.Origin.Keys.ToHashSet(StringComparer.Ordinal);
            var listed = new ListedEntities();
            listed.Include(delta);
            // The allow-lists go into the small index too, so that their entries clear matches as in full screening.
            listed.Include(ListedEntities.Latest(connection, transaction, allowListsOnly: true));
            var index = ScreeningIndex.Build(listed.Lists);
            ledger.Record(Screen(index, parties, listed).Where(m => deltaIds.Contains(m.EntityId)), (_, entity) => deltaIds.Contains(entity));
        }
        ledger.Delist(ListedEntities.RemovedIn(connection, transaction, version), version);
        connection.Execute(transaction,
            """
            INSERT INTO monitored_versions (list_version_id, parties_screened, entities_screened, alerts_raised, alerts_closed, screened_at)
            VALUES (@version, @parties, @entities, @raised, @closed, @now)
            """,
            ("version", version.Id), ("parties", parties.Count), ("entities", delta.Origin.Count), ("raised", ledger.Raised.Count),
            ("closed", ledger.Closed), ("now", now));
        _audit.Append(connection, transaction, actor, ledger.Audit);
        return new VersionScreening(version.Id, version.SourceId, parties.Count, delta.Origin.Count, ledger.Raised, ledger.Closed);
    }

    private static IEnumerable<PartyMatch> Screen(ScreeningIndex index, IEnumerable<MonitoredParty> parties, ListedEntities listed) =>
        parties.SelectMany(party => index.Screen(party.Data.ToQuery(MatchesPerParty))
            .Where(r => r.IsAlert)
            .Select(r => PartyMatch.Of(party, r, listed.Origin[r.Entity.Id])));

    private void TakeWriteTurn(DbConnection connection, DbTransaction transaction)
    {
        if (dialect.TakeWriteTurn("alerts") is { } turn) connection.Execute(transaction, turn);
    }
}
