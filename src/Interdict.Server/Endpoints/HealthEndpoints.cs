using Interdict.Server.Lists;

namespace Interdict.Server.Endpoints;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it has lists to screen against. Both anonymous, for
/// load balancers and orchestrators.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
        app.MapGet("/readyz", (ListHost lists) => lists.Current is { } current
                ? Results.Ok(new { status = "ready", generation = current.Generation })
                : Problems.NotReady(lists))
            .AllowAnonymous();
    }
}
