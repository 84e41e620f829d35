namespace Interdict.Store.Audit;

/// <summary>How a link of the chain is broken.</summary>
public enum AuditBreak
{
    /// <summary>A record's content no longer gives its hash, or its previous hash no longer names the record before.</summary>
    Edited,
    /// <summary>Sequence numbers skip: records are missing.</summary>
    Deleted,
    /// <summary>A record stands where another should: its time or its previous hash places it elsewhere.</summary>
    Reordered,
}

/// <summary>The first broken link: the sequence number where the chain stops holding, and why.</summary>
public sealed record AuditBrokenLink(long Sequence, AuditBreak Break, string Reason);

/// <summary>What walking the chain found: how many records hold, and the first broken link if any.</summary>
public sealed record AuditVerification(long Records, AuditBrokenLink? Broken)
{
    public bool Intact => Broken is null;
}
