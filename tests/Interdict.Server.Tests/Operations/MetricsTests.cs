using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Interdict.Server.Security;
using Interdict.Testing;

namespace Interdict.Server.Tests.Operations;

/// <summary><c>GET /metrics</c>: Prometheus text with request rates and latencies per endpoint and Interdict's own
/// screening and list series, counted from what the service really did.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(lists: [SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Screenings_alerts_and_requests_are_counted_per_endpoint()
    {
        var anonymous = _service.Client(role: null);
        var client = _service.Client(ApiRole.Screen);
        var before = await PrometheusText.ScrapeAsync(anonymous);

        var alerts = 0;
        foreach (var query in (object[])[new { name = "Al-Qaida", schema = "Organization" }, new { name = "Taliban" }, new { name = "Quentin Zybrowski" }])
        {
            var response = await client.PostAsJsonAsync("/v1/screen", query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            alerts += body.GetProperty("matches").EnumerateArray().Count(m => m.GetProperty("match").GetBoolean() && !m.TryGetProperty("cleared_by", out _));
        }
        using var wrongType = new StringContent("""{"name": 42}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/v1/screen", wrongType)).StatusCode);
        var after = await PrometheusText.ScrapeAsync(anonymous);

        Assert.True(alerts >= 2, $"{alerts} alerts: Al-Qaida and the Taliban are on the UN list");
        // Every endpoint kind is exported from the start, so rates work from the first scrape.
        foreach (var kind in (string[])["screen", "match", "batch"])
        {
            Assert.True(before.Has("interdict_screenings_total", "endpoint", kind), kind);
            Assert.True(before.Has("interdict_alerts_total", "endpoint", kind), kind);
        }
        Assert.Equal(3, Delta("interdict_screenings_total", "endpoint", "screen"));
        Assert.Equal(alerts, Delta("interdict_alerts_total", "endpoint", "screen"));
        string[] ok = ["endpoint", "/v1/screen", "method", "POST", "code", "200"];
        Assert.Equal(3, Delta("http_requests_received_total", ok));
        Assert.Equal(3, Delta("http_request_duration_seconds_count", ok));
        Assert.Equal(3, Delta("http_request_duration_seconds_bucket", [.. ok, "le", "+Inf"]));
        Assert.True(after.Value("http_request_duration_seconds_sum", ok) > before.Value("http_request_duration_seconds_sum", ok));
        // A body the endpoint could not read is still counted under the endpoint, with its status.
        Assert.Equal(1, Delta("http_requests_received_total", "endpoint", "/v1/screen", "method", "POST", "code", "400"));

        double Delta(string name, params string[] labels) => after.Value(name, labels) - before.Value(name, labels);
    }

    [Fact]
    public async Task List_series_follow_the_generation_in_service()
    {
        var anonymous = _service.Client(role: null);
        var before = await PrometheusText.ScrapeAsync(anonymous);

        var reload = await _service.Client(ApiRole.Admin).PostAsync("/admin/lists/reload", null);
        var after = await PrometheusText.ScrapeAsync(anonymous);

        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        var generation = (await reload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generation").GetInt32();
        Assert.Equal(generation, after.Value("interdict_list_generation"));
        Assert.Equal(generation - 1, before.Value("interdict_list_generation"));
        Assert.Equal(1003, after.Value("interdict_list_entities", "source", "un"));
        Assert.Equal(1, after.Value("interdict_list_reloads_total", "outcome", "succeeded") - before.Value("interdict_list_reloads_total", "outcome", "succeeded"));
        // Every successful load so far, the one at start included, made one generation.
        Assert.Equal(generation, after.Value("interdict_list_reloads_total", "outcome", "succeeded"));
        Assert.Equal(0, after.Value("interdict_list_reloads_total", "outcome", "failed"));
        Assert.True(after.Has("interdict_list_load_failures_total"));
        Assert.Equal(0, after.Value("interdict_list_load_failures_total"));
    }
}
