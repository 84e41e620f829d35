using System.Data.Common;
using Interdict.Store.Monitoring;
using Interdict.Store.Sql;

namespace Interdict.Store.Parties;

/// <summary>Reads and writes the parties and party_versions tables (Migrations/002_parties_alerts.sql).</summary>
internal static class PartyRows
{
    public const string SelectCurrent =
        "SELECT v.body, p.version_id, p.created_at, p.updated_at FROM parties p JOIN party_versions v ON v.id = p.version_id";

    public static PartyRecord Read(DbDataReader row) =>
        new(Party.FromJson(row.GetString(0)), row.GetInt64(1), row.GetFieldValue<DateTimeOffset>(2), row.GetFieldValue<DateTimeOffset>(3));

    /// <summary>Every party's current data hash, by party id.</summary>
    public static Dictionary<string, string> CurrentHashes(DbConnection connection, DbTransaction transaction) =>
        connection.Query(transaction, "SELECT p.id, v.hash FROM parties p JOIN party_versions v ON v.id = p.version_id",
            row => (Id: row.GetString(0), Hash: row.GetString(1))).ToDictionary(p => p.Id, p => p.Hash, StringComparer.Ordinal);

    public static List<MonitoredParty> All(DbConnection connection, DbTransaction transaction) =>
        connection.Query(transaction, "SELECT v.body, p.version_id FROM parties p JOIN party_versions v ON v.id = p.version_id ORDER BY p.id",
            row => new MonitoredParty(Party.FromJson(row.GetString(0)), row.GetInt64(1)));

    public static Party? Version(DbConnection connection, DbTransaction transaction, long versionId) =>
        connection.Scalar(transaction, "SELECT body FROM party_versions WHERE id = @id", ("id", versionId)) is string body ? Party.FromJson(body) : null;

    /// <summary>Records new data for new and changed parties: a version each, then the parties pointed at it. The
    /// caller holds the write turn, so the versions numbered after the highest before are this call's.</summary>
    public static List<MonitoredParty> Write(DbConnection connection, DbTransaction transaction, IReadOnlyList<Party> parties,
        IReadOnlySet<string> existing, DateTimeOffset now)
    {
        if (parties.Count == 0) return [];
        var before = Convert.ToInt64(connection.Scalar(transaction, "SELECT COALESCE(MAX(id), 0) FROM party_versions"));
        connection.InsertRows(transaction, "INSERT INTO party_versions (party_id, hash, body, imported_at)",
            parties.Select(p => new object?[] { p.Id, p.Hash(), p.ToJson(), now }));
        var versions = connection.Query(transaction, "SELECT party_id, id FROM party_versions WHERE id > @before",
            row => (Party: row.GetString(0), Version: row.GetInt64(1)), ("before", before)).ToDictionary(v => v.Party, v => v.Version, StringComparer.Ordinal);
        connection.InsertRows(transaction, "INSERT INTO parties (id, name, version_id, created_at, updated_at)",
            parties.Where(p => !existing.Contains(p.Id)).Select(p => new object?[] { p.Id, p.Name, versions[p.Id], now, now }));
        foreach (var party in parties.Where(p => existing.Contains(p.Id)))
        {
            connection.Execute(transaction, "UPDATE parties SET name = @name, version_id = @version, updated_at = @now WHERE id = @id",
                ("name", party.Name), ("version", versions[party.Id]), ("now", now), ("id", party.Id));
        }
        return [.. parties.Select(p => new MonitoredParty(p, versions[p.Id]))];
    }
}
