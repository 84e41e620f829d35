using System.Data.Common;
using Interdict.Core.Model;
using Interdict.Store.Sql;

namespace Interdict.Store.ListVersions;

/// <summary>Reads <see cref="ListVersionRecord"/>s from the list_versions and list_version_files tables.</summary>
internal static class ListVersionRows
{
    private const string Select =
        "SELECT id, source_id, format, kind, published, hash, entity_count, imported_at, previous_id, added, removed, changed FROM list_versions";

    public static ListVersionRecord? Find(DbConnection connection, DbTransaction? transaction, long id) =>
        WithFiles(connection, transaction, connection.Query(transaction, Select + " WHERE id = @id", Read, ("id", id))).SingleOrDefault();

    public static List<ListVersionRecord> History(DbConnection connection, DbTransaction? transaction, string? sourceId) =>
        WithFiles(connection, transaction, sourceId is null
            ? connection.Query(transaction, Select + " ORDER BY id", Read)
            : connection.Query(transaction, Select + " WHERE source_id = @source ORDER BY id", Read, ("source", sourceId)));

    private static ListVersionRecord Read(DbDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        Enum.Parse<ListKind>(row.GetString(3)),
        row.IsDBNull(4) ? null : row.GetFieldValue<DateOnly>(4),
        row.GetString(5),
        [],
        row.GetInt32(6),
        row.GetFieldValue<DateTimeOffset>(7),
        row.IsDBNull(8) ? null : row.GetInt64(8),
        row.GetInt32(9),
        row.GetInt32(10),
        row.GetInt32(11));

    private static List<ListVersionRecord> WithFiles(DbConnection connection, DbTransaction? transaction, List<ListVersionRecord> versions)
    {
        if (versions.Count == 0) return versions;
        var files = connection.Query(transaction,
                "SELECT version_id, path, role, length, sha256 FROM list_version_files WHERE version_id BETWEEN @first AND @last ORDER BY version_id, position",
                row => (Version: row.GetInt64(0), File: new SourceFile(row.GetString(1), row.GetString(2), row.GetInt64(3), row.GetString(4))),
                ("first", versions.Min(v => v.Id)), ("last", versions.Max(v => v.Id)))
            .ToLookup(f => f.Version, f => f.File);
        return [.. versions.Select(v => v with { Files = [.. files[v.Id]] })];
    }
}
