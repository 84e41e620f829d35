using Interdict.Core.Matching;
using Interdict.Sources;
using Interdict.Sources.Loading;
using Microsoft.Extensions.Logging;

namespace Interdict.Server.Lists;

/// <summary>
/// Holds the lists in service. A reload loads and indexes the files beside the live snapshot and swaps the new one in
/// with one reference write, so a query sees either the old index or the new one, never a half-built one. A load
/// that fails keeps the previous snapshot serving and is kept as <see cref="LastFailure"/>. Reloads run one at a
/// time; a reload asked for while one runs waits for it and then loads again, so the newest files are always read.
/// </summary>
public sealed class ListHost(ServerSettings settings, ILogger<ListHost> logger, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ListSnapshot? _current;
    private LoadFailure? _lastFailure;
    private int _failures;

    /// <summary>Raised after every reload attempt, with its outcome (for metrics).</summary>
    public event Action<ReloadOutcome>? Reloaded;

    /// <summary>The snapshot in service; null until the first load succeeded.</summary>
    public ListSnapshot? Current => Volatile.Read(ref _current);

    public bool IsReady => Current is not null;

    /// <summary>The last failed load, until a load succeeds.</summary>
    public LoadFailure? LastFailure => Volatile.Read(ref _lastFailure);

    public int FailureCount => Volatile.Read(ref _failures);

    /// <exception cref="InvalidOperationException">No list has loaded yet.</exception>
    public ListSnapshot Require() =>
        Current ?? throw new InvalidOperationException("the lists are not loaded yet");

    public async Task<ReloadOutcome> ReloadAsync(string trigger, CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            var outcome = await Task.Run(() => Load(trigger), cancellation);
            Reloaded?.Invoke(outcome);
            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }

    private ReloadOutcome Load(string trigger)
    {
        var started = time.GetTimestamp();
        try
        {
            var report = ListLoader.Load(settings.ListPaths);
            var index = ScreeningIndex.Build(report.Lists);
            var snapshot = new ListSnapshot(index, report, time.GetUtcNow(), (Current?.Generation ?? 0) + 1);
            Volatile.Write(ref _current, snapshot);
            Volatile.Write(ref _lastFailure, null);
            var elapsed = time.GetElapsedTime(started);
            var sources = string.Join(", ", report.Lists.Select(l => l.Version.SourceId));
            ListHostLog.Loaded(logger, trigger, snapshot.Generation, index.Entities.Count, sources, elapsed);
            foreach (var notice in report.Notices) ListHostLog.Notice(logger, notice);
            return new ReloadOutcome(true, snapshot, null);
        }
        catch (Exception e) when (e is ListDataException or ArgumentException or IOException)
        {
            var failure = new LoadFailure(time.GetUtcNow(), trigger, e.Message);
            Volatile.Write(ref _lastFailure, failure);
            Interlocked.Increment(ref _failures);
            ListHostLog.Failed(logger, trigger, Current?.Generation ?? 0, e.Message);
            return new ReloadOutcome(false, null, failure);
        }
    }

    public void Dispose() => _gate.Dispose();
}

internal static partial class ListHostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Lists loaded ({Trigger}): generation {Generation}, {Entities} entities from {Sources} in {Elapsed}")]
    public static partial void Loaded(ILogger logger, string trigger, int generation, int entities, string sources, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Information, Message = "List notice: {Notice}")]
    public static partial void Notice(ILogger logger, LoadNotice notice);

    [LoggerMessage(Level = LogLevel.Error, Message = "List load failed ({Trigger}); generation {Generation} stays in service: {Error}")]
    public static partial void Failed(ILogger logger, string trigger, int generation, string error);
}
