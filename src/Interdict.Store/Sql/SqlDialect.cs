using System.Data.Common;

namespace Interdict.Store.Sql;

/// <summary>Everything that differs between the databases the store runs on, in one place: how to connect, what
/// each connection is set up with, the column types the migrations name by token, and how a writer takes its turn.
/// All other SQL is written once, in the subset both databases share.</summary>
internal abstract class SqlDialect : IDisposable
{
    public static SqlDialect For(StoreLocation location) => location.Provider switch
    {
        StoreProvider.Sqlite => new SqliteDialect(location.Target),
        _ => new PostgresDialect(location.Target),
    };

    public abstract DbConnection OpenConnection();

    /// <summary>Lets go of the pooled connections, and with them the database file or server sessions.</summary>
    public abstract void Dispose();

    /// <summary>The type of an automatically numbered primary key column (<c>{identity}</c> in a migration).</summary>
    protected abstract string IdentityColumn { get; }

    /// <summary>The type of a point in time (<c>{timestamp}</c>).</summary>
    protected abstract string TimestampColumn { get; }

    /// <summary>The type of a calendar date (<c>{date}</c>).</summary>
    protected abstract string DateColumn { get; }

    /// <summary>A statement run first in a writing transaction so that concurrent writers (two imports, two
    /// processes migrating) take turns; null where beginning the transaction already does that.</summary>
    public abstract string? TakeWriteTurn(string table);

    public string Expand(string migration) => migration
        .Replace("{identity}", IdentityColumn, StringComparison.Ordinal)
        .Replace("{timestamp}", TimestampColumn, StringComparison.Ordinal)
        .Replace("{date}", DateColumn, StringComparison.Ordinal);
}
