using System.Data.Common;
using System.Text;

namespace Interdict.Store.Sql;

/// <summary>Parameterized commands on a connection, the same for every provider: values travel as parameters
/// named <c>@name</c>, never inside the SQL text.</summary>
internal static class DbCommands
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.Add(Parameter(command, name, value));
        return command;
    }

    public static int Execute(this DbConnection connection, DbTransaction? transaction, string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this DbConnection connection, DbTransaction? transaction, string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static List<T> Query<T>(this DbConnection connection, DbTransaction? transaction, string sql,
        Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>Inserts rows many at a time (one statement per <paramref name="rowsPerStatement"/> rows): one round
    /// trip per row would make a 15,000-entity import wait on the network of a PostgreSQL server.</summary>
    /// <param name="insertInto">"INSERT INTO table (a, b, c)"; <paramref name="suffix"/> follows the values, e.g.
    /// an ON CONFLICT clause.</param>
    public static void InsertRows(this DbConnection connection, DbTransaction transaction, string insertInto,
        IEnumerable<object?[]> rows, string suffix = "", int rowsPerStatement = 200)
    {
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            var sql = new StringBuilder(insertInto).Append(" VALUES ");
            var parameters = new List<(string, object?)>(chunk.Length * chunk[0].Length);
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < chunk[row].Length; column++)
                {
                    var name = $"p{row}_{column}";
                    sql.Append(column == 0 ? "@" : ", @").Append(name);
                    parameters.Add((name, chunk[row][column]));
                }
                sql.Append(')');
            }
            connection.Execute(transaction, sql.Append(' ').Append(suffix).ToString(), [.. parameters]);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
