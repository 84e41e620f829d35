using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Interdict.Server.Security;
using Interdict.Testing;
using Xunit.Abstractions;

namespace Interdict.Server.Tests.Operations;

/// <summary>
/// Screening never fails while the lists are reloaded: four clients screen without pause while the list file is
/// swapped 100 times between two good UN publications and two bad files, each swap followed by an admin reload. A
/// good reload moves the generation on; a bad one answers 422, leaves the previous generation serving and shows in
/// the catalogue until the next good one; the metrics count both.
/// </summary>
public sealed class ReloadStressTests(ITestOutputHelper output) : IDisposable
{
    private const int Reloads = 100;
    private const int Clients = 4;
    private const string Query = """{"name": "Al-Qaida", "schema": "Organization"}""";
    private const string ExpectedEntity = "un:QDe.004";
    private readonly ScratchDirectory _scratch = new();

    private sealed record Variant(string Name, byte[] Bytes, string? Published);

    [Fact]
    public async Task Queries_never_fail_and_bad_files_never_replace_good_ones()
    {
        var current = SharedData.Lists("un", "un_consolidated_2026-02-27.xml");
        var good = await File.ReadAllBytesAsync(current);
        Variant[] cycle =
        [
            new("UN 2026-01-28", await File.ReadAllBytesAsync(SharedData.Lists("un", "un_consolidated_2026-01-28.xml")), "2026-01-28"),
            new("truncated", good[..(good.Length / 2)], null),
            new("UN 2026-02-27", good, "2026-02-27"),
            new("Latin-1 bytes declared UTF-8", await File.ReadAllBytesAsync(SharedData.Lists("bad-input", "un_consolidated_latin1-bytes-utf8-declared.xml")), null),
        ];
        var listFile = _scratch.File("un.xml");
        await File.WriteAllBytesAsync(listFile, good);
        await using var service = await TestService.StartAsync(lists: [listFile]);
        var admin = service.Client(ApiRole.Admin);
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var queries = Enumerable.Range(0, Clients).Select(_ => Task.Run(() => ScreenUntilStoppedAsync(service.Client(), failures, stop.Token))).ToArray();

        var generation = 1;
        var badReloads = 0;
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < Reloads; i++)
        {
            var variant = cycle[i % cycle.Length];
            var staged = _scratch.File("staged.xml");
            await File.WriteAllBytesAsync(staged, variant.Bytes);
            File.Move(staged, listFile, overwrite: true);

            var reload = await admin.PostAsync("/admin/lists/reload", null);
            var catalog = await admin.GetFromJsonAsync<JsonElement>("/catalog");

            if (variant.Published is { } published)
            {
                Assert.True(reload.StatusCode == HttpStatusCode.OK, $"reload {i} ({variant.Name}): {reload.StatusCode}");
                Assert.Equal(++generation, (await reload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generation").GetInt32());
                Assert.Equal(JsonValueKind.Null, catalog.GetProperty("load_error").ValueKind);
                Assert.Equal(published, catalog.GetProperty("datasets")[0].GetProperty("published").GetString());
            }
            else
            {
                badReloads++;
                Assert.True(reload.StatusCode == HttpStatusCode.UnprocessableEntity, $"reload {i} ({variant.Name}): {reload.StatusCode}");
                var problem = await reload.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(generation, problem.GetProperty("generation_in_service").GetInt32());
                Assert.Equal(problem.GetProperty("detail").GetString(), catalog.GetProperty("load_error").GetProperty("message").GetString());
            }
            Assert.Equal(generation, catalog.GetProperty("generation").GetInt32());
        }
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        await stop.CancelAsync();
        var answered = await Task.WhenAll(queries);
        output.WriteLine($"{Reloads} reloads in {elapsed.TotalSeconds:F1} s; queries answered meanwhile per client: {string.Join(", ", answered)}");
        var metrics = await PrometheusText.ScrapeAsync(service.Client(role: null));

        Assert.Empty(failures);
        Assert.All(answered, count => Assert.True(count > Reloads, $"a client was answered only {count} times"));
        Assert.Equal(Reloads / 2, badReloads);
        Assert.Equal(badReloads, metrics.Value("interdict_list_load_failures_total"));
        Assert.Equal(badReloads, metrics.Value("interdict_list_reloads_total", "outcome", "failed"));
        Assert.Equal(generation, metrics.Value("interdict_list_reloads_total", "outcome", "succeeded"));
        Assert.Equal(generation, metrics.Value("interdict_list_generation"));
        Assert.Equal(answered.Sum(), metrics.Value("interdict_screenings_total", "endpoint", "screen"));
    }

    /// <summary>Screens the same name until stopped; returns how many answers came, and records every answer that
    /// was not a 200 with the expected entity first or whose generation went backwards.</summary>
    private static async Task<int> ScreenUntilStoppedAsync(HttpClient client, ConcurrentQueue<string> failures, CancellationToken stop)
    {
        var answered = 0;
        var lastGeneration = 0;
        while (!stop.IsCancellationRequested)
        {
            using var content = new StringContent(Query, System.Text.Encoding.UTF8, "application/json");
            var response = await client.PostAsync("/v1/screen", content, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            answered++;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Enqueue($"{response.StatusCode}: {body}");
                continue;
            }
            using var json = JsonDocument.Parse(body);
            var top = json.RootElement.GetProperty("matches")[0].GetProperty("entity_id").GetString();
            var generation = json.RootElement.GetProperty("generation").GetInt32();
            if (top != ExpectedEntity) failures.Enqueue($"generation {generation}: top entity {top}");
            if (generation < lastGeneration) failures.Enqueue($"generation went back from {lastGeneration} to {generation}");
            lastGeneration = generation;
        }
        return answered;
    }

    public void Dispose() => _scratch.Dispose();
}
