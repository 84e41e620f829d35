using Microsoft.Extensions.Hosting;

namespace Interdict.Server.Lists;

/// <summary>Loads the lists when the service starts, then reloads them when their files change (once the files have
/// been quiet for a moment) and on the configured schedule.</summary>
public sealed class ListReloadService(ListHost host, ServerSettings settings, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await host.ReloadAsync("start", stoppingToken);
        using var changes = settings.WatchLists ? new ListFileWatcher(settings.ListPaths, time) : null;
        using var schedule = settings.ReloadInterval is { } interval ? new PeriodicTimer(interval, time) : null;
        var scheduled = schedule?.WaitForNextTickAsync(stoppingToken).AsTask();
        var changed = changes?.WaitForQuietAsync(settings.WatchQuietPeriod, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var waiting = new[] { scheduled, changed }.OfType<Task>().ToArray();
            if (waiting.Length == 0) return;
            var done = await Task.WhenAny(waiting);
            if (stoppingToken.IsCancellationRequested) return;
            if (done == scheduled)
            {
                await host.ReloadAsync("schedule", stoppingToken);
                scheduled = schedule!.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                await host.ReloadAsync("file change", stoppingToken);
                changed = changes!.WaitForQuietAsync(settings.WatchQuietPeriod, stoppingToken);
            }
        }
    }
}
