using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Operations;
using Interdict.Server.Security;

namespace Interdict.Server.Native;

/// <summary>Interdict's own API under <c>/v1</c>, in the shape of the CLI's JSON output.</summary>
internal static class NativeEndpoints
{
    public static void MapNativeEndpoints(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").RequireAuthorization(ApiPolicies.Screen);
        v1.MapPost("/screen", Screen);
        v1.MapPost("/screen/batch", BatchEndpoint.ScreenBatch);
    }

    /// <summary><c>POST /v1/screen</c>: one query; the answer is <c>{"id", "query", "matches": [...], "generation"}</c>.</summary>
    private static async Task<IResult> Screen(ScreenRequest request, ListHost lists, ScreeningMetrics metrics, HttpResponse response)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        IReadOnlyList<ScreeningResult> results;
        try
        {
            results = snapshot.Index.Screen(request.ToQuery());
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }
        catch (ArgumentException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad query", detail: e.Message);
        }
        metrics.Record(ScreeningKind.Screen, results);
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        ResultJson.Write(json, request.Id, request.Name!, results, snapshot.Generation);
        await json.FlushAsync();
        return Results.Empty;
    }

}
