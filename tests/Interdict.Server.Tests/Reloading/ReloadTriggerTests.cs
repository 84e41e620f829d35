using System.Net.Http.Json;
using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Server.Tests.Reloading;

/// <summary>The lists reload by themselves: when their files change (once the files are quiet) and on a schedule.
/// A changed file that does not load leaves the lists in service and shows its error in the catalogue.</summary>
public sealed class ReloadTriggerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ScratchDirectory _scratch = new();

    [Fact]
    public async Task A_changed_list_file_is_loaded_and_a_broken_one_is_not()
    {
        var directory = Directory.CreateDirectory(_scratch.File("lists")).FullName;
        var file = Path.Combine(directory, "un.xml");
        File.Copy(SharedData.Lists("un", "un_consolidated_2025-12-09.xml"), file);
        await using var service = await TestService.StartAsync(
            s => s with { WatchLists = true, WatchQuietPeriod = TimeSpan.FromMilliseconds(300) }, [directory]);
        Assert.Equal(1000, Un(service).Entities.Count);

        File.Copy(SharedData.Lists("un", "un_consolidated_2026-02-27.xml"), file, overwrite: true);
        // The copy may reach the watcher as several bursts of events, each of which reloads.
        await Until(() => service.Lists.Current?.Generation >= 2 && Un(service).Entities.Count == 1003);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var serving = service.Lists.Require().Generation;

        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);
        await Until(() => service.Lists.LastFailure is not null);
        Assert.Equal(serving, service.Lists.Current?.Generation);
        Assert.Equal("file change", service.Lists.LastFailure!.Trigger);
        var catalog = await service.Client().GetFromJsonAsync<JsonElement>("/catalog");
        Assert.Contains("un.xml", catalog.GetProperty("load_error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1003, catalog.GetProperty("datasets")[0].GetProperty("entity_count").GetInt32());
    }

    [Fact]
    public async Task A_schedule_reloads_the_lists()
    {
        await using var service = await TestService.StartAsync(
            s => s with { ReloadInterval = TimeSpan.FromMilliseconds(500) }, [SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

        await Until(() => service.Lists.Current?.Generation >= 3);
    }

    private static Core.Model.LoadedList Un(TestService service) => Assert.Single(service.Lists.Require().Report.Lists);

    private static async Task Until(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "the lists did not reload in time");
            await Task.Delay(50);
        }
    }

    public void Dispose() => _scratch.Dispose();
}
