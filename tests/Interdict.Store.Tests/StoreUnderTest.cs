using System.Data.Common;
using Interdict.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Interdict.Store.Tests;

/// <summary>A fresh, empty store for one test, and a raw connection to look at its tables directly.</summary>
public abstract class StoreUnderTest : IDisposable
{
    public abstract StoreLocation Location { get; }
    public abstract DbConnection OpenRaw();
    public abstract void Dispose();
}

/// <summary>SQLite in a file of a scratch directory.</summary>
public sealed class SqliteStoreUnderTest : StoreUnderTest
{
    private readonly ScratchDirectory _scratch = new();

    public override StoreLocation Location => new(StoreProvider.Sqlite, _scratch.File("interdict.db"));

    public override DbConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={Location.Target};Pooling=False");
        connection.Open();
        return connection;
    }

    public override void Dispose() => _scratch.Dispose();
}

/// <summary>PostgreSQL: a schema of its own in the database of $INTERDICT_TEST_POSTGRES (CI sets it up, see .ci/run),
/// dropped afterwards.</summary>
public sealed class PostgresStoreUnderTest : StoreUnderTest
{
    public const string Variable = "INTERDICT_TEST_POSTGRES";
    private const string Default = "Host=127.0.0.1;Username=interdict;Password=interdict;Database=interdict_test";

    private readonly string _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : Default;
    private readonly string _schema = "test_" + Guid.NewGuid().ToString("N");

    public PostgresStoreUnderTest()
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        create.ExecuteNonQuery();
    }

    public override StoreLocation Location =>
        new(StoreProvider.Postgres, new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString);

    public override DbConnection OpenRaw()
    {
        var connection = new NpgsqlConnection(Location.Target);
        connection.Open();
        return connection;
    }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }
}
