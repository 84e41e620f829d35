using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Interdict.Server.Operations;

/// <summary>
/// Refuses a request whose announced <c>Content-Length</c> is over the limit with 413 before any of its body is
/// read, on any server (Kestrel enforces the same limit while a body without a length is read; the test server does
/// not). The limit is the endpoint's own (<see cref="IRequestSizeLimitMetadata"/>: a streaming batch lifts it), else
/// the server's, else <see cref="ServerLimits.MaxRequestBytes"/>.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } length && Limit(context) is { } limit && length > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Detail = TooLarge(context) },
            }).AsTask();
        }
        return next(context);
    }

    /// <summary>The largest body this request may have; null for no limit.</summary>
    public static long? Limit(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpoint) return endpoint.MaxRequestBodySize;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { } server) return server.MaxRequestBodySize;
        return context.RequestServices.GetRequiredService<ServerSettings>().Limits.MaxRequestBytes;
    }

    public static string TooLarge(HttpContext context) =>
        $"the request body is larger than the {Limit(context)} bytes this endpoint accepts.";
}
