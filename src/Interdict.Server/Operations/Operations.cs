using Microsoft.AspNetCore.WebUtilities;
using Prometheus;

namespace Interdict.Server.Operations;

/// <summary>
/// What running the service takes beyond screening: Prometheus metrics at <c>/metrics</c>, a rate limit per key,
/// request size limits and problem bodies for requests that cannot be read, and the API reference. Registered by
/// <see cref="InterdictServer"/> with one call per pipeline position.
/// </summary>
internal static class Operations
{
    public static IServiceCollection AddOperations(this IServiceCollection services, ServerSettings settings)
    {
        // A registry per service rather than prometheus-net's static default: two services in one process (the
        // tests) keep their own counts.
        var registry = Metrics.NewCustomRegistry();
        var metrics = Metrics.WithCustomRegistry(registry);
        services.AddSingleton(registry);
        services.AddSingleton<IMetricFactory>(metrics);
        // Made now, so its series are exported (at 0) before the first screening.
        services.AddSingleton(new ScreeningMetrics(metrics));
        services.AddHostedService<ListMetrics>();

        services.AddRateLimiter(options => KeyRateLimiting.Configure(options, settings.Limits));

        // Binding failures throw, so BadRequestProblems can say what is wrong instead of a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        services.Configure<ProblemDetailsOptions>(options =>
        {
            var configured = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                configured?.Invoke(context);
                DescribeStatus(context);
            };
        });

        services.AddApiReference();
        return services;
    }

    /// <summary>Request metrics, the size limit and stop-safe body reading, ahead of everything that could answer.</summary>
    public static void UseOperations(this WebApplication app)
    {
        app.UseHttpMetrics(metrics => metrics.SetMetricFactory(app.Services.GetRequiredService<IMetricFactory>()));
        app.UseMiddleware<RequestSizeLimit>();
        app.UseMiddleware<StopSafeRequestBody>();
    }

    /// <summary>The rate limit: after authentication, which names the key it partitions by.</summary>
    public static void UseKeyRateLimiting(this WebApplication app) => app.UseRateLimiter();

    public static void MapOperationsEndpoints(this WebApplication app)
    {
        app.MapMetrics("/metrics", app.Services.GetRequiredService<CollectorRegistry>()).AllowAnonymous();
        app.MapApiReference();
    }

    /// <summary>Status-code problem bodies (written when an endpoint or the server set only a status) get a title;
    /// a 413 says what the limit is, a 415 (set by routing, which matches endpoints by the media types they read)
    /// which media type was refused.</summary>
    private static void DescribeStatus(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status) return;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        if (status == StatusCodes.Status413PayloadTooLarge) problem.Detail ??= RequestSizeLimit.TooLarge(context.HttpContext);
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            problem.Detail ??= $"this endpoint does not read a body of type '{context.HttpContext.Request.ContentType}' "
                + "(the media types each endpoint reads are in /openapi/v1.json).";
        }
    }
}
