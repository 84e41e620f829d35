using System.Data.Common;
using Npgsql;

namespace Interdict.Store.Sql;

/// <summary>PostgreSQL through Npgsql (a data source, which pools connections). Writers of one table take turns on a table lock
/// that conflicts with itself but not with readers.</summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override DbConnection OpenConnection() => _dataSource.OpenConnection();

    public override void Dispose() => _dataSource.Dispose();

    protected override string IdentityColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
    protected override string TimestampColumn => "TIMESTAMPTZ";
    protected override string DateColumn => "DATE";

    public override string? TakeWriteTurn(string table) => $"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE";
}
