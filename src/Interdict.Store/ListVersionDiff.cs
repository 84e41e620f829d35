namespace Interdict.Store;

public enum EntityChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One entity that differs between two versions.</summary>
/// <param name="Caption">The entity's primary name, in the newer version when it is there, else in the older.</param>
/// <param name="ChangedFields">For a changed entity, the fields that differ (names of
/// <see cref="ListVersions.EntityContent.Fields"/>, e.g. "names", "birth_dates"); empty for added and removed.</param>
public sealed record EntityChange(
    string EntityId,
    EntityChangeKind Kind,
    string Schema,
    string Caption,
    IReadOnlyList<string> ChangedFields);

public sealed record ListVersionDiff(ListVersionRecord From, ListVersionRecord To, IReadOnlyList<EntityChange> Changes)
{
    public int Added => Changes.Count(c => c.Kind == EntityChangeKind.Added);
    public int Removed => Changes.Count(c => c.Kind == EntityChangeKind.Removed);
    public int Changed => Changes.Count(c => c.Kind == EntityChangeKind.Changed);
}
