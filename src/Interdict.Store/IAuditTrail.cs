using Interdict.Store.Audit;

namespace Interdict.Store;

/// <summary>The append-only, hash-chained record of every list import, party change, alert raised or closed, and
/// decision, written by the store in the transaction of the change itself.</summary>
public interface IAuditTrail
{
    /// <summary>Walks the whole chain and reports the first broken link, if any.</summary>
    AuditVerification Verify();

    /// <summary>The records timed from <paramref name="start"/> (inclusive) to <paramref name="until"/> (exclusive), in
    /// sequence order.</summary>
    IReadOnlyList<AuditRecord> Records(DateTimeOffset start, DateTimeOffset until);

    /// <summary>Writes the records of the period as JSON lines (<see cref="AuditJsonLine"/>); returns how many.</summary>
    int Export(DateTimeOffset start, DateTimeOffset until, TextWriter output);
}
