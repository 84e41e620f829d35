namespace Interdict.Store.Audit;

/// <summary>One record of the audit trail: who did what when, and its link in the chain.</summary>
/// <param name="Sequence">1, 2, 3 … without gaps.</param>
/// <param name="Kind">What happened, e.g. <c>list.imported</c> (see <see cref="AuditKinds"/>).</param>
/// <param name="Payload">Compact JSON: the facts of the change.</param>
/// <param name="PreviousHash">The hash of the record before (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over the previous hash and this record's fields (<see cref="AuditChain.Hash"/>).</param>
public sealed record AuditRecord(long Sequence, DateTimeOffset Time, string Actor, string Kind, string Payload, string PreviousHash, string Hash);
