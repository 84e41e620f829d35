using Interdict.Core.Matching;
using Interdict.Server.Lists;

namespace Interdict.Server.Endpoints;

/// <summary>The problem bodies (RFC 7807) every endpoint answers alike.</summary>
internal static class Problems
{
    /// <summary>400 for a query field or parameter that cannot be read, naming it in <c>field</c>.</summary>
    public static IResult BadField(QueryFieldException e) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: e.Message,
            extensions: new Dictionary<string, object?> { ["field"] = e.Field });

    /// <summary>503 until the lists have loaded, with the load error if the first load failed.</summary>
    public static IResult NotReady(ListHost lists) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready",
            detail: lists.LastFailure?.Message ?? "the lists are still loading");
}
