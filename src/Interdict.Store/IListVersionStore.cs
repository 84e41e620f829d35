using Interdict.Core.Model;

namespace Interdict.Store;

/// <summary>Every version of every list imported, with its entities, so that any two versions of a source can be
/// compared entity by entity and field by field.</summary>
public interface IListVersionStore
{
    /// <summary>Records <paramref name="list"/> as the newest version of its source, with its difference from the
    /// version recorded before it, in one transaction. A version whose hash is already recorded for its source is not
    /// recorded again: the outcome then points at the existing record.</summary>
    /// <param name="actor">Who imports, for the audit trail; the operating system's user when null.</param>
    ListImport Import(LoadedList list, string? actor);

    /// <inheritdoc cref="Import(LoadedList, string?)"/>
    ListImport Import(LoadedList list) => Import(list, null);

    /// <summary>The recorded versions, oldest first; of one source when <paramref name="sourceId"/> is given.</summary>
    IReadOnlyList<ListVersionRecord> History(string? sourceId = null);

    ListVersionRecord? Find(long versionId);

    /// <summary>What changed from one recorded version to another of the same source: entities added, removed, and
    /// changed with the fields that changed. Ordered by entity id.</summary>
    ListVersionDiff Diff(long fromVersionId, long toVersionId);

    /// <summary>The entity as the version recorded it, as compact JSON (see <see cref="ListVersions.EntityContent"/>);
    /// null when the version does not hold it.</summary>
    string? EntityJson(long versionId, string entityId);
}
