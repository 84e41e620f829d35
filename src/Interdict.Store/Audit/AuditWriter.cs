using System.Data.Common;
using Interdict.Store.Sql;

namespace Interdict.Store.Audit;

/// <summary>
/// Appends entries to the audit trail in the caller's transaction, so a change and its record commit together or not at
/// all. The writer first takes the audit trail's write turn, then reads the last record: two writers never take the
/// same sequence number or previous hash, so the chain cannot fork. The records' time is taken under the turn, and
/// never before the last record's, so honest records are always in order.
/// </summary>
internal sealed class AuditWriter(SqlDialect dialect, TimeProvider clock)
{
    public void Append(DbConnection connection, DbTransaction transaction, string? actor, IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0) return;
        if (dialect.TakeWriteTurn(AuditRows.Table) is { } turn) connection.Execute(transaction, turn);
        var last = AuditRows.Last(connection, transaction);
        var now = AuditChain.Microseconds(clock.GetUtcNow());
        var time = last is not null && last.Time > now ? last.Time : now;
        var who = string.IsNullOrWhiteSpace(actor) ? DefaultActor : actor.Trim();
        var previousHash = last?.Hash ?? AuditChain.Genesis;
        var sequence = last?.Sequence ?? 0;
        var records = new List<AuditRecord>(entries.Count);
        foreach (var entry in entries)
        {
            sequence++;
            var hash = AuditChain.Hash(previousHash, sequence, time, who, entry.Kind, entry.Payload);
            records.Add(new AuditRecord(sequence, time, who, entry.Kind, entry.Payload, previousHash, hash));
            previousHash = hash;
        }
        AuditRows.Insert(connection, transaction, records);
    }

    /// <summary>Who acts when the caller names no one: the operating system's user.</summary>
    public static string DefaultActor => Environment.UserName;
}
