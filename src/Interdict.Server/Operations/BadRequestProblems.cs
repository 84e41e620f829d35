using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Interdict.Server.Operations;

/// <summary>
/// Turns a request ASP.NET Core could not read into a problem body that says what is wrong, for every endpoint at
/// once: the endpoints' parameter binding throws <see cref="BadHttpRequestException"/> (with
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) for malformed JSON, JSON values of the wrong type (the
/// detail names the JSON path), a missing body or an unsupported media type (415), and Kestrel throws it for a
/// body over the size limit (413).
/// </summary>
internal sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted) return false;
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            // A 413's message does not say what the limit is; the problem customisation does.
            Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? null : bad.Message,
        };
        if (bad.InnerException is JsonException json)
        {
            problem.Title = "The request body is not the JSON this endpoint reads";
            problem.Detail = json.Message;
            if (json.Path is { } path) problem.Extensions["json_path"] = path;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        // The exception handler clears the endpoint; a request the endpoint refused is still counted under it.
        httpContext.SetEndpoint(httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
