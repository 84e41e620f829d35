namespace Interdict.Store;

/// <summary>Interdict's own records, in one database: the list versions imported and how they differ, the parties the
/// firm monitors, the alerts raised on them and the decisions taken, and the audit trail that records each change as it is made.</summary>
public interface IInterdictStore : IDisposable
{
    /// <summary>Where the store is, in the form <c>--store</c> takes (a PostgreSQL password is not shown).</summary>
    string Description { get; }

    IListVersionStore ListVersions { get; }

    IPartyStore Parties { get; }

    IAlertStore Alerts { get; }

    /// <summary>Screens parties as they and the lists change, and raises the alerts.</summary>
    IPartyMonitor Monitor { get; }

    IAuditTrail Audit { get; }
}
