using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Interdict.Store.Sql;

/// <summary>SQLite in one file. Write-ahead logging lets readers (the service screening, a history query) go on
/// while an import writes; Microsoft.Data.Sqlite begins transactions IMMEDIATE, so writers queue on the file lock.</summary>
internal sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        // Seconds a statement waits for another process's write to finish before failing.
        DefaultTimeout = 30,
    }.ToString();

    public override DbConnection OpenConnection()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            wal.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void Dispose()
    {
        using var pooled = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(pooled);
    }

    protected override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";
    protected override string TimestampColumn => "TEXT";
    protected override string DateColumn => "TEXT";

    public override string? TakeWriteTurn(string table) => null;
}
