using System.Data.Common;
using Interdict.Core.Model;
using Interdict.Store.ListVersions;
using Interdict.Store.Sql;

namespace Interdict.Store.Monitoring;

/// <summary>Entities of recorded list versions, rebuilt from the JSON the store keeps of them (see
/// <see cref="StoredEntity"/>), as lists a screening index is built over, with where each came from.</summary>
internal sealed class ListedEntities
{
    public List<LoadedList> Lists { get; } = [];
    public Dictionary<string, ListedEntity> Origin { get; } = new(StringComparer.Ordinal);

    /// <summary>The entities of the latest version of every source (of allow-lists only, with
    /// <paramref name="allowListsOnly"/>).</summary>
    public static ListedEntities Latest(DbConnection connection, DbTransaction transaction, bool allowListsOnly = false)
    {
        var listed = new ListedEntities();
        foreach (var version in ListVersionRows.History(connection, transaction, null).GroupBy(v => v.SourceId).Select(g => g.Last()))
        {
            if (allowListsOnly && version.Kind != ListKind.Allow) continue;
            listed.Add(connection, transaction, version,
                "WHERE e.version_id = @version", ("version", version.Id));
        }
        return listed;
    }

    /// <summary>The entities <paramref name="version"/> added or changed since the version before it (all of them for
    /// a source's first version).</summary>
    public static ListedEntities ChangedIn(DbConnection connection, DbTransaction transaction, ListVersionRecord version)
    {
        var listed = new ListedEntities();
        listed.Add(connection, transaction, version,
            """
            WHERE e.version_id = @version AND NOT EXISTS
                (SELECT 1 FROM list_version_entities o WHERE o.version_id = @previous AND o.entity_id = e.entity_id AND o.fingerprint = e.fingerprint)
            """,
            ("version", version.Id), ("previous", version.PreviousId ?? -1));
        return listed;
    }

    /// <summary>The ids of the entities in the version before <paramref name="version"/> and not in it.</summary>
    public static List<string> RemovedIn(DbConnection connection, DbTransaction transaction, ListVersionRecord version) =>
        version.PreviousId is not { } previous
            ? []
            : connection.Query(transaction,
                """
                SELECT o.entity_id FROM list_version_entities o WHERE o.version_id = @previous
                AND NOT EXISTS (SELECT 1 FROM list_version_entities n WHERE n.version_id = @version AND n.entity_id = o.entity_id)
                """,
                row => row.GetString(0), ("previous", previous), ("version", version.Id));

    public void Include(ListedEntities other)
    {
        foreach (var list in other.Lists.Where(l => !Lists.Exists(mine => mine.Version.SourceId == l.Version.SourceId))) Lists.Add(list);
        foreach (var (id, origin) in other.Origin) Origin.TryAdd(id, origin);
    }

    private void Add(DbConnection connection, DbTransaction transaction, ListVersionRecord record, string where, params (string, object?)[] parameters)
    {
        var version = new ListVersion(record.SourceId, record.Format, record.Published, record.Files, record.Hash, record.Kind);
        var entities = connection.Query(transaction,
            "SELECT e.entity_id, e.fingerprint, c.body FROM list_version_entities e JOIN entity_contents c ON c.fingerprint = e.fingerprint " + where,
            row => (Fingerprint: row.GetString(1), Entity: StoredEntity.Read(row.GetString(2), version)), parameters);
        foreach (var (fingerprint, entity) in entities) Origin[entity.Id] = new ListedEntity(record.Id, fingerprint);
        Lists.Add(new LoadedList(version, [.. entities.Select(e => e.Entity)]));
    }
}
