namespace Interdict.Server.Security;

/// <summary>The key store of the service's data directory, read again when the file changes (looked at no more
/// than once a second), so that a key created with <c>interdict keys create</c> works without a restart.</summary>
public sealed class ApiKeys(ServerSettings settings, TimeProvider time)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private ApiKeyStore _store = ApiKeyStore.Open(settings.DataDirectory);
    private DateTime _fileTime = FileTime(settings.DataDirectory);
    private long _checked = time.GetTimestamp();

    public ApiKeyRecord? Find(string presented)
    {
        if (time.GetElapsedTime(Interlocked.Read(ref _checked)) >= CheckEvery) Refresh();
        return Volatile.Read(ref _store).Find(presented);
    }

    private void Refresh()
    {
        lock (_lock)
        {
            Interlocked.Exchange(ref _checked, time.GetTimestamp());
            var now = FileTime(settings.DataDirectory);
            if (now == _fileTime) return;
            Volatile.Write(ref _store, ApiKeyStore.Open(settings.DataDirectory));
            _fileTime = now;
        }
    }

    private static DateTime FileTime(string dataDirectory)
    {
        var file = new FileInfo(ApiKeyStore.PathIn(dataDirectory));
        return file.Exists ? file.LastWriteTimeUtc : DateTime.MinValue;
    }
}
