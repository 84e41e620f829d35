using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Updating;

/// <summary>
/// Fetches the official files into a data directory (<see cref="UpdateLayout"/>). Each file is downloaded apart
/// from the version in force, checked by loading it exactly as screening would (<see cref="ListLoader"/>: whole or
/// refused), and only then moved into place in one rename; the replaced version is kept in the history. A failed
/// download, check or write leaves the version in force untouched, and the other sources are still updated. Every
/// fetch is appended to the update log as it completes.
/// </summary>
public sealed class ListUpdater : IDisposable
{
    private readonly UpdateOptions _options;
    private readonly ListDownloader _downloader;

    public ListUpdater(string directory, UpdateOptions? options = null)
    {
        _options = options ?? new UpdateOptions();
        _downloader = new ListDownloader(_options);
        Layout = new UpdateLayout(directory);
    }

    public UpdateLayout Layout { get; }

    /// <summary>Updates the sources one after the other, yielding each outcome when it is final and logged.</summary>
    /// <exception cref="ListUpdateException">The data directory cannot be written, or another update holds it.</exception>
    public async IAsyncEnumerable<UpdateRecord> UpdateAsync(IEnumerable<CatalogEntry> entries,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        using var hold = HoldDirectory();
        foreach (var entry in entries)
        {
            var record = await UpdateAsync(entry, cancellation).ConfigureAwait(false);
            await AppendToLogAsync(record, cancellation).ConfigureAwait(false);
            yield return record;
        }
    }

    private async Task<UpdateRecord> UpdateAsync(CatalogEntry entry, CancellationToken cancellation)
    {
        var record = new UpdateRecord(entry.Source, entry.Url, _options.Clock.GetUtcNow(), UpdateOutcome.Failed);
        var current = Layout.Current(entry);
        var kept = File.Exists(current) ? Layout.Relative(current) : null;
        var incoming = Layout.Incoming(entry);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(incoming)!);
            var download = await _downloader.FetchAsync(entry.Url, incoming, cancellation).ConfigureAwait(false);
            record = record with { HttpStatus = download.HttpStatus, Bytes = download.Bytes, Sha256 = download.Sha256, Current = kept };
            if (download.Failure is { } failure) return record with { Reason = failure };
            var (list, refusal) = Check(incoming);
            if (list is null) return record with { Reason = $"the file does not load: {refusal}" };
            record = record with
            {
                Format = list.Version.Format,
                ListSource = list.Version.SourceId,
                Published = list.Version.Published,
                Entities = list.Entities.Count,
            };
            if (kept is not null && Sha256Of(current) == download.Sha256) return record with { Outcome = UpdateOutcome.Unchanged };
            var previous = PutInForce(entry, incoming, record.FetchedAt);
            return record with { Outcome = UpdateOutcome.Updated, Current = Layout.Relative(current), Previous = previous };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return record with { Current = kept, Reason = $"cannot store the file under {Layout.Root}: {e.Message}" };
        }
        finally
        {
            if (File.Exists(incoming)) File.Delete(incoming);
        }
    }

    /// <summary>The downloaded file loaded alone, as screening would load it, or why it is refused. Only
    /// <see cref="ListDataException"/> is a refusal: anything else a reader throws is a bug and stops the update.</summary>
    private static (LoadedList? List, string? Refusal) Check(string path)
    {
        try
        {
            return (ListLoader.Load([path]).Lists.Single(), null);
        }
        catch (ListDataException e)
        {
            // The path is the download's temporary one; the source and its address say which file it is.
            return (null, e.Location is null ? e.Problem : $"{e.Location}: {e.Problem}");
        }
    }

    /// <summary>Keeps the version in force (and any other file left in the source's folder) in the history, then
    /// renames the checked file over it: the folder never lacks a version, nor holds a half-written one.</summary>
    /// <returns>Where the replaced version was kept, relative to the data directory; null on a first fetch.</returns>
    private string? PutInForce(CatalogEntry entry, string incoming, DateTimeOffset replacedAt)
    {
        var current = Layout.Current(entry);
        Directory.CreateDirectory(Layout.SourceDirectory(entry));
        string? previous = null;
        if (File.Exists(current))
        {
            previous = Layout.History(entry, entry.FileName, replacedAt);
            Directory.CreateDirectory(Path.GetDirectoryName(previous)!);
            File.Copy(current, previous, overwrite: false);
        }
        File.Move(incoming, current, overwrite: true);
        // A catalogue that renamed the source's file would otherwise leave two versions side by side.
        foreach (var stale in Directory.EnumerateFiles(Layout.SourceDirectory(entry)).Where(f => f != current).ToList())
        {
            var kept = Layout.History(entry, Path.GetFileName(stale), replacedAt);
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            File.Move(stale, kept);
        }
        return previous is null ? null : Layout.Relative(previous);
    }

    private async Task AppendToLogAsync(UpdateRecord record, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) record.Write(json);
        buffer.WriteByte((byte)'\n');
        var log = new FileStream(Layout.Log, FileMode.Append, FileAccess.Write, FileShare.Read);
        await using (log.ConfigureAwait(false))
            await log.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellation).ConfigureAwait(false);
    }

    private FileStream HoldDirectory()
    {
        try
        {
            Directory.CreateDirectory(Layout.Root);
            return new FileStream(Layout.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new ListUpdateException($"cannot update {Layout.Root}: {e.Message} (is another update running?)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ListUpdateException($"cannot update {Layout.Root}: {e.Message}", e);
        }
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Dispose() => _downloader.Dispose();
}
