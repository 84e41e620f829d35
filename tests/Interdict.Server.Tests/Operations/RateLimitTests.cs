using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Interdict.Server.Security;
using Interdict.Testing;

namespace Interdict.Server.Tests.Operations;

/// <summary>Each key gets <see cref="ServerLimits.RequestsPerSecondPerKey"/>; over it, 429 with Retry-After and a problem
/// body. Other keys are not affected, and probes and scrapes are never limited.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int PerSecond = 3;
    private const int Burst = 15;
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(
        s => s with { Limits = s.Limits with { RequestsPerSecondPerKey = PerSecond } }, [SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_key_over_its_rate_gets_429_with_retry_after_and_other_keys_do_not()
    {
        var client = _service.Client(ApiRole.Screen);
        var started = TimeProvider.System.GetTimestamp();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < Burst; i++)
        {
            var response = await client.GetAsync("/catalog");
            statuses.Add(response.StatusCode);
            rejected ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        var other = await _service.Client(ApiRole.Review).GetAsync("/catalog");

        // The bucket starts full: the first PerSecond pass; then no more than it refills while the burst runs.
        Assert.All(statuses.Take(PerSecond), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), PerSecond, PerSecond * (1 + (int)Math.Ceiling(elapsed.TotalSeconds)));
        Assert.All(statuses, s => Assert.Contains(s, (HttpStatusCode[])[HttpStatusCode.OK, HttpStatusCode.TooManyRequests]));
        Assert.NotNull(rejected);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains($"{PerSecond} requests per second", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 1);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Probes_and_scrapes_are_never_limited()
    {
        var client = _service.Client(role: null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Burst; i++)
        {
            foreach (var path in (string[])["/healthz", "/readyz", "/metrics"]) statuses.Add((await client.GetAsync(path)).StatusCode);
        }
        var docs = new List<HttpStatusCode>();
        for (var i = 0; i < Burst; i++) docs.Add((await client.GetAsync("/openapi/v1.json")).StatusCode);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // Everything else is limited, anonymous calls by client address.
        Assert.Contains(HttpStatusCode.TooManyRequests, docs);
    }
}
