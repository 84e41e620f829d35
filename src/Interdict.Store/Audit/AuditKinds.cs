namespace Interdict.Store.Audit;

/// <summary>The kinds of change the audit trail records.</summary>
public static class AuditKinds
{
    public const string ListImported = "list.imported";
    public const string PartyAdded = "party.added";
    public const string PartyUpdated = "party.updated";
    public const string AlertRaised = "alert.raised";
    public const string AlertClosed = "alert.closed";
    public const string AlertDelisted = "alert.delisted";
    public const string AlertDecided = "alert.decided";
}
