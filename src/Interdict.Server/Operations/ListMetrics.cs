using Interdict.Server.Lists;
using Prometheus;

namespace Interdict.Server.Operations;

/// <summary>
/// Follows the list host's reloads into metrics: the generation in service, entities per source, load failures and
/// reloads by outcome. It subscribes while the host is starting — before any hosted service's start, so the first
/// load (made by <see cref="ListReloadService"/> as it starts) is counted too.
/// </summary>
internal sealed class ListMetrics : IHostedLifecycleService
{
    private readonly ListHost _lists;
    private readonly Gauge _generation;
    private readonly Gauge _entities;
    private readonly Counter _failures;
    private readonly Counter.Child _succeeded;
    private readonly Counter.Child _failed;
    private HashSet<string> _sources = [];

    public ListMetrics(ListHost lists, IMetricFactory metrics)
    {
        _lists = lists;
        _generation = metrics.CreateGauge("interdict_list_generation", "Generation of the lists in service (1 for the first load, one more per successful reload).");
        _entities = metrics.CreateGauge("interdict_list_entities", "Entities in service, by source.", ["source"]);
        _failures = metrics.CreateCounter("interdict_list_load_failures_total", "List loads that failed and left the previous generation serving.");
        var reloads = metrics.CreateCounter("interdict_list_reloads_total", "List load attempts, by outcome.", ["outcome"]);
        _succeeded = reloads.WithLabels("succeeded");
        _failed = reloads.WithLabels("failed");
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _lists.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        _lists.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    // Reloads run one at a time (ListHost's gate), so this is never called concurrently.
    private void OnReloaded(ReloadOutcome outcome)
    {
        if (outcome.Snapshot is not { } snapshot)
        {
            _failed.Inc();
            _failures.Inc();
            return;
        }
        _succeeded.Inc();
        _generation.Set(snapshot.Generation);
        // Two lists of one source (e.g. two files of a source) add up.
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in snapshot.Report.Lists)
            sources[list.Version.SourceId] = sources.GetValueOrDefault(list.Version.SourceId) + list.Entities.Count;
        foreach (var (source, entities) in sources) _entities.WithLabels(source).Set(entities);
        foreach (var gone in _sources.Except(sources.Keys)) _entities.RemoveLabelled(gone);
        _sources = [.. sources.Keys];
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
