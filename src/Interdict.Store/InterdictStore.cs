using System.Data.Common;
using Interdict.Store.Alerts;
using Interdict.Store.Audit;
using Interdict.Store.ListVersions;
using Interdict.Store.Migrations;
using Interdict.Store.Monitoring;
using Interdict.Store.Parties;
using Interdict.Store.Sql;

namespace Interdict.Store;

/// <summary>Opens the store at a location: connects, brings the schema up to date, and hands out its parts.</summary>
public static class InterdictStore
{
    public static IInterdictStore Open(StoreLocation location, TimeProvider? clock = null)
    {
        SqlDialect? dialect = null;
        try
        {
            dialect = SqlDialect.For(location);
            using (var connection = dialect.OpenConnection()) SchemaMigrator.Migrate(connection, dialect, location.ToString());
            return new SqlInterdictStore(location.ToString(), dialect, clock ?? TimeProvider.System);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException or StoreException)
        {
            dialect?.Dispose();
            throw e as StoreException ?? new StoreException($"cannot open the store {location}: {e.Message}", e);
        }
    }

    /// <summary>The schema version this program writes and reads.</summary>
    public static int SchemaVersion => SchemaMigrator.CurrentVersion;
}

/// <summary>The store in a SQL database. Each operation opens a connection from the provider's pool and closes
/// it, so one store may serve many threads; disposing it empties the pool.</summary>
internal sealed class SqlInterdictStore(string description, SqlDialect dialect, TimeProvider clock) : IInterdictStore
{
    public string Description => description;
    public IListVersionStore ListVersions { get; } = new SqlListVersionStore(dialect, clock);
    public IPartyStore Parties { get; } = new SqlPartyStore(dialect);
    public IAlertStore Alerts { get; } = new SqlAlertStore(dialect, clock);
    public IPartyMonitor Monitor { get; } = new SqlPartyMonitor(dialect, clock);
    public IAuditTrail Audit { get; } = new SqlAuditTrail(dialect);

    public void Dispose() => dialect.Dispose();
}
