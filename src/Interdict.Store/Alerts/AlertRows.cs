using System.Data.Common;
using System.Text.Json;
using Interdict.Store.Monitoring;
using Interdict.Store.Sql;

namespace Interdict.Store.Alerts;

/// <summary>Reads and writes rows of the alerts table (Migrations/002_parties_alerts.sql).</summary>
internal static class AlertRows
{
    public const string Select =
        """
        SELECT id, party_id, party_version_id, entity_id, source_id, entity_caption, list_version_id, score, matched_name,
               evidence, explanation, status, previous_alert_id, changes, resolution, created_at, updated_at
        FROM alerts
        """;

    public static AlertRecord Read(DbDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetInt64(2),
        row.GetString(3),
        row.GetString(4),
        row.GetString(5),
        row.GetInt64(6),
        row.GetDouble(7),
        row.GetString(8),
        JsonSerializer.Deserialize<List<string>>(row.GetString(9)) ?? [],
        row.GetString(10),
        AlertStatusText.ParseStatus(row.GetString(11)),
        row.IsDBNull(12) ? null : row.GetInt64(12),
        row.IsDBNull(13) ? null : row.GetString(13),
        row.IsDBNull(14) ? null : row.GetString(14),
        row.GetFieldValue<DateTimeOffset>(15),
        row.GetFieldValue<DateTimeOffset>(16));

    /// <summary>The last alert of every party–entity pair that was ever alerted.</summary>
    public static Dictionary<(string Party, string Entity), PriorAlert> LatestOfEachPair(DbConnection connection, DbTransaction transaction) =>
        connection.Query(transaction,
                """
                SELECT id, party_id, entity_id, status, score, matched_name, evidence, party_version_id, entity_fingerprint FROM alerts
                WHERE id IN (SELECT MAX(id) FROM alerts GROUP BY party_id, entity_id)
                """,
                row => (Key: (row.GetString(1), row.GetString(2)), Prior: new PriorAlert(row.GetInt64(0), AlertStatusText.ParseStatus(row.GetString(3)),
                    row.GetDouble(4), row.GetString(5), JsonSerializer.Deserialize<List<string>>(row.GetString(6)) ?? [], row.GetInt64(7), row.GetString(8))))
            .ToDictionary(p => p.Key, p => p.Prior);

    public static long Insert(DbConnection connection, DbTransaction transaction, PartyMatch match, long? previousAlertId, string? changes, DateTimeOffset now) =>
        Convert.ToInt64(connection.Scalar(transaction,
            """
            INSERT INTO alerts (party_id, party_version_id, entity_id, source_id, entity_caption, entity_fingerprint, list_version_id, score,
                                matched_name, evidence, explanation, status, previous_alert_id, changes, resolution, created_at, updated_at)
            VALUES (@party, @partyVersion, @entity, @source, @caption, @fingerprint, @listVersion, @score,
                    @matchedName, @evidence, @explanation, @status, @previous, @changes, NULL, @now, @now)
            RETURNING id
            """,
            ("party", match.PartyId), ("partyVersion", match.PartyVersionId), ("entity", match.EntityId), ("source", match.SourceId),
            ("caption", match.EntityCaption), ("fingerprint", match.EntityFingerprint), ("listVersion", match.ListVersionId),
            ("score", match.Score), ("matchedName", match.MatchedName), ("evidence", JsonSerializer.Serialize(match.Evidence)),
            ("explanation", match.Explanation), ("status", AlertStatus.Open.ToText()), ("previous", previousAlertId), ("changes", changes),
            ("now", now)));

    /// <summary>Closes an alert the monitor settles itself (delisted, superseded, no longer matching).</summary>
    public static void Close(DbConnection connection, DbTransaction transaction, long alertId, AlertStatus status, string resolution, DateTimeOffset now) =>
        connection.Execute(transaction, "UPDATE alerts SET status = @status, resolution = @resolution, updated_at = @now WHERE id = @id",
            ("status", status.ToText()), ("resolution", resolution), ("now", now), ("id", alertId));
}
