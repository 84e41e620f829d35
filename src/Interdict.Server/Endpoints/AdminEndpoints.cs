using Interdict.Server.Lists;
using Interdict.Server.Security;

namespace Interdict.Server.Endpoints;

/// <summary><c>POST /admin/lists/reload</c>: loads the configured lists again now (role admin). A failed load keeps
/// the lists in service and answers 422 with the error.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/lists/reload", async (ListHost lists, ServerSettings settings, CancellationToken cancellation) =>
            {
                var outcome = await lists.ReloadAsync("admin request", cancellation);
                return outcome.Succeeded
                    ? Results.Ok(CatalogEndpoints.Describe(lists, settings))
                    : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The lists did not load",
                        detail: outcome.Failure!.Message,
                        extensions: new Dictionary<string, object?> { ["generation_in_service"] = lists.Current?.Generation });
            })
            .RequireAuthorization(ApiPolicies.Admin);
    }
}
