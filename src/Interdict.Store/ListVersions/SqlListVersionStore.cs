using System.Data.Common;
using Interdict.Core.Model;
using Interdict.Store.Audit;
using Interdict.Store.Sql;

namespace Interdict.Store.ListVersions;

/// <summary>The list versions in a SQL database (the schema of Migrations/001_list_versions.sql).</summary>
internal sealed class SqlListVersionStore(SqlDialect dialect, TimeProvider clock) : IListVersionStore
{
    private readonly AuditWriter _audit = new(dialect, clock);

    public ListImport Import(LoadedList list, string? actor)
    {
        // Fingerprinting reads every field of every entity: done before the transaction, which then only writes.
        var contents = list.Entities.Select(EntityContent.Of).ToList();
        using var connection = dialect.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (dialect.TakeWriteTurn("list_versions") is { } turn) connection.Execute(transaction, turn);

        var existing = connection.Scalar(transaction, "SELECT id FROM list_versions WHERE source_id = @source AND hash = @hash",
            ("source", list.Version.SourceId), ("hash", list.Version.Hash));
        if (existing is not null) return new ListImport(ListVersionRows.Find(connection, transaction, Convert.ToInt64(existing))!, IsNew: false);

        var previous = connection.Scalar(transaction, "SELECT MAX(id) FROM list_versions WHERE source_id = @source",
            ("source", list.Version.SourceId)) is { } id ? Convert.ToInt64(id) : (long?)null;
        var versionId = InsertVersion(connection, transaction, list, previous);
        connection.InsertRows(transaction, "INSERT INTO entity_contents (fingerprint, schema, caption, field_fingerprints, body)",
            contents.DistinctBy(c => c.Fingerprint).Select(c => new object?[] { c.Fingerprint, c.Schema, c.Caption, c.FieldFingerprintsJson(), c.Body }),
            "ON CONFLICT (fingerprint) DO NOTHING");
        connection.InsertRows(transaction, "INSERT INTO list_version_entities (version_id, entity_id, fingerprint)",
            contents.Select(c => new object?[] { versionId, c.EntityId, c.Fingerprint }));

        if (previous is { } previousId)
        {
            var changes = VersionComparison.Compare(connection, transaction, previousId, versionId);
            connection.Execute(transaction, "UPDATE list_versions SET added = @added, removed = @removed, changed = @changed WHERE id = @id",
                ("added", changes.Count(c => c.Kind == EntityChangeKind.Added)),
                ("removed", changes.Count(c => c.Kind == EntityChangeKind.Removed)),
                ("changed", changes.Count(c => c.Kind == EntityChangeKind.Changed)),
                ("id", versionId));
        }
        var recorded = ListVersionRows.Find(connection, transaction, versionId)!;
        _audit.Append(connection, transaction, actor, [AuditEntries.ListImported(recorded)]);
        transaction.Commit();
        return new ListImport(recorded, IsNew: true);
    }

    public IReadOnlyList<ListVersionRecord> History(string? sourceId = null)
    {
        using var connection = dialect.OpenConnection();
        return ListVersionRows.History(connection, null, sourceId);
    }

    public ListVersionRecord? Find(long versionId)
    {
        using var connection = dialect.OpenConnection();
        return ListVersionRows.Find(connection, null, versionId);
    }

    public ListVersionDiff Diff(long fromVersionId, long toVersionId)
    {
        using var connection = dialect.OpenConnection();
        var from = ListVersionRows.Find(connection, null, fromVersionId) ?? throw NoSuchVersion(fromVersionId);
        var to = ListVersionRows.Find(connection, null, toVersionId) ?? throw NoSuchVersion(toVersionId);
        if (from.SourceId != to.SourceId)
            throw new StoreException($"version {from.Id} is of {from.SourceId} and version {to.Id} of {to.SourceId}: compare versions of one source");
        return new ListVersionDiff(from, to, VersionComparison.Compare(connection, null, fromVersionId, toVersionId));
    }

    public string? EntityJson(long versionId, string entityId)
    {
        using var connection = dialect.OpenConnection();
        return (string?)connection.Scalar(null,
            "SELECT c.body FROM list_version_entities e JOIN entity_contents c ON c.fingerprint = e.fingerprint WHERE e.version_id = @version AND e.entity_id = @entity",
            ("version", versionId), ("entity", entityId));
    }

    private long InsertVersion(DbConnection connection, DbTransaction transaction, LoadedList list, long? previous)
    {
        var version = list.Version;
        // The first version of a source adds every entity; later ones get their counts from the comparison.
        var versionId = Convert.ToInt64(connection.Scalar(transaction,
            """
            INSERT INTO list_versions (source_id, format, kind, published, hash, entity_count, imported_at, previous_id, added, removed, changed)
            VALUES (@source, @format, @kind, @published, @hash, @entities, @imported, @previous, @added, 0, 0)
            RETURNING id
            """,
            ("source", version.SourceId), ("format", version.Format), ("kind", version.Kind.ToString()),
            ("published", version.Published), ("hash", version.Hash), ("entities", list.Entities.Count),
            ("imported", clock.GetUtcNow()), ("previous", previous), ("added", previous is null ? list.Entities.Count : 0)));
        connection.InsertRows(transaction, "INSERT INTO list_version_files (version_id, position, path, role, length, sha256)",
            version.Files.Select((f, i) => new object?[] { versionId, i, f.Path, f.Role, f.Length, f.Sha256 }));
        return versionId;
    }

    private static StoreException NoSuchVersion(long id) => new($"no list version {id} in the store");
}
