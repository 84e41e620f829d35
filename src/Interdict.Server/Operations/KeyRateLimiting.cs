using System.Globalization;
using System.Threading.RateLimiting;
using Interdict.Server.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Interdict.Server.Operations;

/// <summary>
/// Limits each API key — or, for calls without a key, each client address — to
/// <see cref="ServerLimits.RequestsPerSecondPerKey"/> on average, with bursts of up to one second's worth (a token
/// bucket). Over the limit a call gets 429 with <c>Retry-After</c> and a problem body. Probes and scrapes are never
/// limited: an orchestrator must see a busy service as alive.
/// </summary>
internal static class KeyRateLimiting
{
    private static readonly HashSet<string> Unlimited = new(["/healthz", "/readyz", "/metrics"], StringComparer.OrdinalIgnoreCase);

    public static void Configure(RateLimiterOptions options, ServerLimits limits)
    {
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.RequestsPerSecondPerKey,
            TokensPerPeriod = limits.RequestsPerSecondPerKey,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            Unlimited.Contains(context.Request.Path.Value ?? "")
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(Caller(context), _ => bucket));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (rejected, cancellation) => RejectAsync(rejected, limits);
    }

    /// <summary>The key id once authentication has run; the client address for calls without a key (anonymous
    /// ones, and keys that are not known, so guessing keys is limited too).</summary>
    private static string Caller(HttpContext context) =>
        context.User.FindFirst(ApiKeyAuthentication.KeyIdClaim) is { } key && ApiKeyAuthentication.PresentedKey(context.Request) is not null
            ? "key:" + key.Value
            : "address:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, ServerLimits limits)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"this key may make {limits.RequestsPerSecondPerKey} requests per second; retry after {seconds} s.",
            },
        });
    }
}
