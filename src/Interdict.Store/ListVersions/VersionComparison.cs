using System.Data.Common;
using Interdict.Store.Sql;

namespace Interdict.Store.ListVersions;

/// <summary>Compares two recorded versions in the database: entities of one and not the other by id, and entities of
/// both whose fingerprints differ, whose field fingerprints then name the fields that changed.</summary>
internal static class VersionComparison
{
    private const string OnlyIn =
        """
        SELECT e.entity_id, c.schema, c.caption FROM list_version_entities e JOIN entity_contents c ON c.fingerprint = e.fingerprint
        WHERE e.version_id = @in AND NOT EXISTS (SELECT 1 FROM list_version_entities o WHERE o.version_id = @notIn AND o.entity_id = e.entity_id)
        """;

    private const string InBothDiffering =
        """
        SELECT n.entity_id, nc.schema, nc.caption, oc.field_fingerprints, nc.field_fingerprints
        FROM list_version_entities o
        JOIN list_version_entities n ON n.entity_id = o.entity_id AND n.fingerprint <> o.fingerprint
        JOIN entity_contents oc ON oc.fingerprint = o.fingerprint
        JOIN entity_contents nc ON nc.fingerprint = n.fingerprint
        WHERE o.version_id = @old AND n.version_id = @new
        """;

    public static List<EntityChange> Compare(DbConnection connection, DbTransaction? transaction, long oldVersion, long newVersion)
    {
        var changes = new List<EntityChange>();
        changes.AddRange(connection.Query(transaction, OnlyIn,
            row => new EntityChange(row.GetString(0), EntityChangeKind.Added, row.GetString(1), row.GetString(2), []),
            ("in", newVersion), ("notIn", oldVersion)));
        changes.AddRange(connection.Query(transaction, OnlyIn,
            row => new EntityChange(row.GetString(0), EntityChangeKind.Removed, row.GetString(1), row.GetString(2), []),
            ("in", oldVersion), ("notIn", newVersion)));
        changes.AddRange(connection.Query(transaction, InBothDiffering,
            row => new EntityChange(row.GetString(0), EntityChangeKind.Changed, row.GetString(1), row.GetString(2),
                EntityContent.ChangedFields(EntityContent.ParseFieldFingerprints(row.GetString(3)), EntityContent.ParseFieldFingerprints(row.GetString(4)))),
            ("old", oldVersion), ("new", newVersion)));
        changes.Sort((a, b) => string.CompareOrdinal(a.EntityId, b.EntityId));
        return changes;
    }
}
