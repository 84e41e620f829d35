namespace Interdict.Sources.Updating;

/// <summary>
/// Where an update keeps its files under the data directory:
/// <list type="bullet">
/// <item><c>current/&lt;source&gt;/&lt;file&gt;</c>: the version in force, one file per source. Only checked
/// files ever land here, so <c>--lists &lt;dir&gt;/current</c> always loads.</item>
/// <item><c>history/&lt;source&gt;/&lt;yyyyMMddTHHmmss.fffZ&gt;-&lt;file&gt;</c>: each version replaced, named by
/// when it was replaced.</item>
/// <item><c>incoming/&lt;source&gt;/&lt;file&gt;</c>: a download in progress. On the same file system as
/// <c>current</c>, so moving a checked file into place is one atomic rename, and outside it, so a download left
/// behind by a crash is never loaded.</item>
/// <item><c>update-log.jsonl</c>: one JSON line per fetch.</item>
/// </list>
/// </summary>
public sealed class UpdateLayout(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The directory to screen against: every source's version in force.</summary>
    public string CurrentDirectory => Path.Combine(Root, "current");

    public string Log => Path.Combine(Root, "update-log.jsonl");

    /// <summary>Held while an update runs, so two updates never write the same files.</summary>
    public string LockFile => Path.Combine(Root, "update.lock");

    public string SourceDirectory(CatalogEntry entry) => Path.Combine(CurrentDirectory, entry.Source);

    public string Current(CatalogEntry entry) => Path.Combine(SourceDirectory(entry), entry.FileName);

    public string Incoming(CatalogEntry entry) => Path.Combine(Root, "incoming", entry.Source, entry.FileName);

    /// <summary>Where a file replaced at <paramref name="replacedAt"/> is kept.</summary>
    public string History(CatalogEntry entry, string fileName, DateTimeOffset replacedAt) =>
        Path.Combine(Root, "history", entry.Source, $"{replacedAt.UtcDateTime:yyyyMMdd'T'HHmmss.fff'Z'}-{fileName}");

    /// <summary>A path under the data directory as the log records it, with '/' on every system.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
