namespace Interdict.Store;

/// <summary>Interdict's own records, in one database: today the list versions imported and how they differ; parties,
/// alerts, decisions and the audit trail join it as further parts beside <see cref="ListVersions"/>.</summary>
public interface IInterdictStore : IDisposable
{
    /// <summary>Where the store is, in the form <c>--store</c> takes (a PostgreSQL password is not shown).</summary>
    string Description { get; }

    IListVersionStore ListVersions { get; }
}
