using System.Data.Common;
using Interdict.Store.Sql;

namespace Interdict.Store.Audit;

/// <summary>Reads and writes rows of the audit_log table (Migrations/003_audit.sql).</summary>
internal static class AuditRows
{
    public const string Table = "audit_log";

    private const string Select = "SELECT seq, recorded_at, actor, kind, payload, previous_hash, hash FROM audit_log";

    public static AuditRecord Read(DbDataReader row) => new(row.GetInt64(0), row.GetFieldValue<DateTimeOffset>(1).ToUniversalTime(),
        row.GetString(2), row.GetString(3), row.GetString(4), row.GetString(5), row.GetString(6));

    public static AuditRecord? Last(DbConnection connection, DbTransaction transaction) =>
        connection.Query(transaction, Select + " ORDER BY seq DESC LIMIT 1", Read).SingleOrDefault();

    public static void Insert(DbConnection connection, DbTransaction transaction, IEnumerable<AuditRecord> records) =>
        connection.InsertRows(transaction, "INSERT INTO audit_log (seq, recorded_at, actor, kind, payload, previous_hash, hash)",
            records.Select(r => new object?[] { r.Sequence, r.Time, r.Actor, r.Kind, r.Payload, r.PreviousHash, r.Hash }));

    /// <summary>Every record in sequence order, read one at a time.</summary>
    public static IEnumerable<AuditRecord> All(DbConnection connection)
    {
        using var command = connection.Command(null, Select + " ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return Read(reader);
    }

    /// <summary>The records from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), in sequence order.</summary>
    public static IEnumerable<AuditRecord> Between(DbConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = connection.Command(null, Select + " WHERE recorded_at >= @from AND recorded_at < @to ORDER BY seq",
            ("from", from.ToUniversalTime()), ("to", to.ToUniversalTime()));
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return Read(reader);
    }

    /// <summary>The sequence number of the record with this hash, if any.</summary>
    public static long? SequenceOf(DbConnection connection, string hash) =>
        connection.Scalar(null, "SELECT seq FROM audit_log WHERE hash = @hash ORDER BY seq LIMIT 1", ("hash", hash)) is { } seq
            ? Convert.ToInt64(seq) : null;
}
