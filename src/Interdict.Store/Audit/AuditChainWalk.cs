namespace Interdict.Store.Audit;

/// <summary>
/// Walks records in sequence order and finds the first broken link. Each record must carry the next sequence number
/// (else records were deleted), a time neither before its predecessor's nor after its successor's and a previous hash
/// that is its predecessor's hash (else it was moved; <paramref name="sequenceOfHash"/> finds where its predecessor
/// stands), and a hash its own content gives (else it was edited).
/// </summary>
internal static class AuditChainWalk
{
    public static AuditVerification Verify(IEnumerable<AuditRecord> records, Func<string, long?> sequenceOfHash)
    {
        AuditRecord? previous = null;
        AuditRecord? current = null;
        long count = 0;
        foreach (var next in records)
        {
            if (current is not null && Check(previous, current, next, sequenceOfHash) is { } broken) return new AuditVerification(count, broken);
            if (current is not null)
            {
                previous = current;
                count++;
            }
            current = next;
        }
        if (current is not null && Check(previous, current, null, sequenceOfHash) is { } last) return new AuditVerification(count, last);
        return new AuditVerification(current is null ? 0 : count + 1, null);
    }

    private static AuditBrokenLink? Check(AuditRecord? previous, AuditRecord record, AuditRecord? next, Func<string, long?> sequenceOfHash)
    {
        var expected = (previous?.Sequence ?? 0) + 1;
        if (record.Sequence != expected)
        {
            var missing = record.Sequence - 1 == expected ? $"record {expected} is missing" : $"records {expected} to {record.Sequence - 1} are missing";
            return new AuditBrokenLink(expected, AuditBreak.Deleted, $"gap in sequence: {missing} (deleted); the next is {record.Sequence}");
        }
        if (previous is not null && record.Time < previous.Time)
            return OutOfOrder(record, $"its time {AuditChain.TimeText(record.Time)} is before record {previous.Sequence}'s {AuditChain.TimeText(previous.Time)}");
        if (next is not null && record.Time > next.Time)
            return OutOfOrder(record, $"its time {AuditChain.TimeText(record.Time)} is after record {next.Sequence}'s {AuditChain.TimeText(next.Time)}");
        var previousHash = previous?.Hash ?? AuditChain.Genesis;
        if (record.PreviousHash != previousHash)
        {
            if (sequenceOfHash(record.PreviousHash) is { } follows && follows != record.Sequence - 1)
                return OutOfOrder(record, $"it was written after record {follows}, not after record {record.Sequence - 1}");
            return new AuditBrokenLink(record.Sequence, AuditBreak.Edited,
                $"hash mismatch: its previous hash is not record {record.Sequence - 1}'s hash (edited)");
        }
        if (AuditChain.Hash(record) != record.Hash)
            return new AuditBrokenLink(record.Sequence, AuditBreak.Edited, "hash mismatch: its content does not give its hash (edited)");
        return null;
    }

    private static AuditBrokenLink OutOfOrder(AuditRecord record, string why) =>
        new(record.Sequence, AuditBreak.Reordered, $"out of order: {why} (reordered)");
}
