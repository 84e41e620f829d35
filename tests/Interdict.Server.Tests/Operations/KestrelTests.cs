using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Server.Tests.Operations;

/// <summary>The service on a real Kestrel on 127.0.0.1: it answers probes, screens and scrapes over sockets, Kestrel's
/// own body limit ends in the same problem body, and stopping lets a request in flight finish.</summary>
public sealed class KestrelTests
{
    private const int MaxBytes = 2000;
    private static readonly string[] Un = [SharedData.Lists("un", "un_consolidated_2026-02-27.xml")];

    [Fact]
    public async Task Probes_screening_metrics_and_body_limits_work_over_sockets()
    {
        await using var service = await KestrelService.StartAsync(Un, s => s with { Limits = s.Limits with { MaxRequestBytes = MaxBytes } });
        using var client = service.Client();

        var health = await client.GetAsync("/healthz");
        var screen = await client.PostAsJsonAsync("/v1/screen", new { name = "Al-Qaida", schema = "Organization" });
        // Without a length the body is sent chunked: Kestrel stops reading it at the limit.
        var chunked = await client.PostAsJsonAsync("/v1/screen", new { name = new string('a', 2 * MaxBytes) });
        using var sized = new StringContent(JsonSerializer.Serialize(new { name = new string('a', 2 * MaxBytes) }), Encoding.UTF8, "application/json");
        var announced = await client.PostAsync("/v1/screen", sized);
        var metrics = await PrometheusText.ScrapeAsync(client);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        Assert.Equal("un:QDe.004", (await screen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches")[0].GetProperty("entity_id").GetString());
        foreach (var tooLarge in (HttpResponseMessage[])[chunked, announced])
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"the request body is larger than the {MaxBytes} bytes this endpoint accepts.",
                (await tooLarge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        Assert.Equal(1, metrics.Value("interdict_screenings_total", "endpoint", "screen"));
        Assert.Equal(1, metrics.Value("http_requests_received_total", "endpoint", "/healthz", "code", "200"));
        Assert.Equal(2, metrics.Value("http_requests_received_total", "endpoint", "/v1/screen", "code", "413"));
    }

    [Fact]
    public async Task Stopping_lets_a_request_in_flight_finish()
    {
        await using var service = await KestrelService.StartAsync(Un);
        using var client = service.Client();
        var body = new GatedContent(JsonSerializer.SerializeToUtf8Bytes(new { name = "Al-Qaida", schema = "Organization" }));

        var screening = client.PostAsync("/v1/screen", body);
        await body.FirstPartSent;
        await WaitUntilInFlightAsync(client);
        var stopping = service.App.StopAsync();
        await WaitUntilRefusingConnectionsAsync(service);
        body.SendTheRest();
        var response = await screening;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("un:QDe.004", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches")[0].GetProperty("entity_id").GetString());
    }

    /// <summary>Until the service counts the screening request as in progress (it is then waiting for the rest of
    /// its body).</summary>
    private static async Task WaitUntilInFlightAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var metrics = await PrometheusText.ScrapeAsync(client);
            if (metrics.Value("http_requests_in_progress", "endpoint", "/v1/screen") == 1) return;
            await Task.Delay(50);
        }
        Assert.Fail("the screening request never reached the service");
    }

    /// <summary>Until a new connection is refused: the server has stopped listening and is only finishing.</summary>
    private static async Task WaitUntilRefusingConnectionsAsync(KestrelService service)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var fresh = service.Client();
            try
            {
                await fresh.GetAsync("/healthz");
            }
            catch (HttpRequestException)
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail("the server kept accepting connections while stopping");
    }

    /// <summary>A request body of known length that sends its first half, then waits to be told to send the rest.</summary>
    private sealed class GatedContent : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _firstPartSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public GatedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        public Task FirstPartSent => _firstPartSent.Task;

        public void SendTheRest() => _rest.SetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            _firstPartSent.SetResult();
            await _rest.Task;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
