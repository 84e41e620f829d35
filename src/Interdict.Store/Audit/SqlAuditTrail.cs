using Interdict.Store.Sql;

namespace Interdict.Store.Audit;

/// <summary>The audit trail in a SQL database: verified and exported from the audit_log table.</summary>
internal sealed class SqlAuditTrail(SqlDialect dialect) : IAuditTrail
{
    public AuditVerification Verify()
    {
        using var connection = dialect.OpenConnection();
        // The walk reads with one connection; a lookup while it reads needs another.
        return AuditChainWalk.Verify(AuditRows.All(connection), hash =>
        {
            using var lookup = dialect.OpenConnection();
            return AuditRows.SequenceOf(lookup, hash);
        });
    }

    public IReadOnlyList<AuditRecord> Records(DateTimeOffset start, DateTimeOffset until)
    {
        using var connection = dialect.OpenConnection();
        return [.. AuditRows.Between(connection, start, until)];
    }

    public int Export(DateTimeOffset start, DateTimeOffset until, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var connection = dialect.OpenConnection();
        var count = 0;
        foreach (var record in AuditRows.Between(connection, start, until))
        {
            output.Write(AuditJsonLine.Of(record));
            output.Write('\n');
            count++;
        }
        return count;
    }
}
