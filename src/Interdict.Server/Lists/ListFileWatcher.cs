namespace Interdict.Server.Lists;

/// <summary>Watches the configured list files and directories (with their subdirectories) for changes.</summary>
internal sealed class ListFileWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly TimeProvider _time;
    private long _lastChange;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ListFileWatcher(IEnumerable<string> paths, TimeProvider time)
    {
        _time = time;
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            var watcher = Directory.Exists(path)
                ? new FileSystemWatcher(path) { IncludeSubdirectories = true }
                : new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Completes once a change has been seen and no other change followed for <paramref name="quiet"/>.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        await Volatile.Read(ref _changed).Task.WaitAsync(cancellation);
        Volatile.Write(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        while (_time.GetElapsedTime(Interlocked.Read(ref _lastChange)) < quiet)
            await Task.Delay(quiet / 4, _time, cancellation);
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        Interlocked.Exchange(ref _lastChange, _time.GetTimestamp());
        Volatile.Read(ref _changed).TrySetResult();
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
