using System.Data.Common;
using System.Text;
using Interdict.Store.Audit;
using Interdict.Store.Sql;

namespace Interdict.Store.Alerts;

/// <summary>The alerts and decisions in a SQL database.</summary>
internal sealed class SqlAlertStore(SqlDialect dialect, TimeProvider clock) : IAlertStore
{
    private readonly AuditWriter _audit = new(dialect, clock);

    public AlertPage List(AlertFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = new StringBuilder(" WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
        if (filter.Status is { } status) Add("status = @status", "status", status.ToText());
        if (filter.PartyId is { } party) Add("party_id = @party", "party", party);
        if (filter.SourceId is { } source) Add("source_id = @source", "source", source);
        if (filter.MinScore is { } minScore) Add("score >= @minScore", "minScore", minScore);
        using var connection = dialect.OpenConnection();
        var total = Convert.ToInt32(connection.Scalar(null, "SELECT COUNT(*) FROM alerts" + where, [.. parameters]));
        var alerts = connection.Query(null, AlertRows.Select + where + " ORDER BY id DESC LIMIT @limit OFFSET @offset", AlertRows.Read,
            [.. parameters, ("limit", filter.Limit), ("offset", (filter.Page - 1) * filter.Limit)]);
        return new AlertPage(alerts, total);
    }

    public AlertRecord? Find(long alertId)
    {
        using var connection = dialect.OpenConnection();
        return Find(connection, null, alertId);
    }

    public IReadOnlyList<AlertDecision> Decisions(long alertId)
    {
        using var connection = dialect.OpenConnection();
        return connection.Query(null, "SELECT id, alert_id, decision, actor, comment, decided_at FROM alert_decisions WHERE alert_id = @id ORDER BY id",
            row => new AlertDecision(row.GetInt64(0), row.GetInt64(1), AlertStatusText.ParseDecision(row.GetString(2)), row.GetString(3),
                row.GetString(4), row.GetFieldValue<DateTimeOffset>(5)),
            ("id", alertId));
    }

    public AlertDecision Decide(long alertId, AlertDecisionKind decision, string actor, string comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) throw new StoreException("a decision needs a comment that says why");
        if (string.IsNullOrWhiteSpace(actor)) throw new StoreException("a decision needs the name of who made it");
        using var connection = dialect.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (dialect.TakeWriteTurn("alerts") is { } turn) connection.Execute(transaction, turn);
        var alert = Find(connection, transaction, alertId) ?? throw new StoreException($"no alert {alertId} in the store");
        if (alert.Status is not (AlertStatus.Open or AlertStatus.Escalated))
            throw new StoreException($"alert {alertId} is {alert.Status.ToText()}: only open or escalated alerts can be decided");
        var now = clock.GetUtcNow();
        var id = Convert.ToInt64(connection.Scalar(transaction,
            "INSERT INTO alert_decisions (alert_id, decision, actor, comment, decided_at) VALUES (@alert, @decision, @actor, @comment, @now) RETURNING id",
            ("alert", alertId), ("decision", decision.ToText()), ("actor", actor.Trim()), ("comment", comment.Trim()), ("now", now)));
        connection.Execute(transaction, "UPDATE alerts SET status = @status, updated_at = @now WHERE id = @id",
            ("status", decision.Outcome().ToText()), ("now", now), ("id", alertId));
        var recorded = new AlertDecision(id, alertId, decision, actor.Trim(), comment.Trim(), now);
        _audit.Append(connection, transaction, recorded.Actor, [AuditEntries.AlertDecided(recorded)]);
        transaction.Commit();
        return recorded;
    }

    private static AlertRecord? Find(DbConnection connection, DbTransaction? transaction, long alertId) =>
        connection.Query(transaction, AlertRows.Select + " WHERE id = @id", AlertRows.Read, ("id", alertId)).SingleOrDefault();
}
