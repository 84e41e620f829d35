using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;
using Interdict.Server.Operations;
using Interdict.Server.Security;

namespace Interdict.Server.Yente;

/// <summary>
/// The endpoints of OpenSanctions' yente, in its request and response shapes, so that yente clients work against
/// Interdict by changing the base URL: <c>POST /match/{scope}</c>, <c>GET /search/{scope}</c>,
/// <c>GET /entities/{id}</c> and <c>GET /algorithms</c> (role screen). docs/api.md lists where Interdict differs.
/// </summary>
public static class YenteEndpoints
{
    public static void MapYenteEndpoints(this IEndpointRouteBuilder app)
    {
        var yente = app.MapGroup("").RequireAuthorization(ApiPolicies.Screen);
        yente.MapPost("/match/{scope}", (string scope, HttpRequest request, ListHost lists, ServerSettings settings, ScreeningMetrics metrics, CancellationToken cancellation) =>
            YenteMatch.Handle(scope, request, lists, settings, metrics, cancellation));
        yente.MapGet("/search/{scope}", (string scope, HttpRequest request, ListHost lists, ServerSettings settings, CancellationToken cancellation) =>
            YenteSearch.Handle(scope, request, lists, settings, cancellation));
        yente.MapGet("/entities/{id}", Entity);
        yente.MapGet("/algorithms", Algorithms);
        yente.MapReconcileEndpoints();
    }

    /// <summary><c>GET /entities/{id}?nested=true</c>: the entity with its Sanction and links nested (flat with
    /// <c>nested=false</c>); 404 for an id no loaded list has.</summary>
    private static async Task<IResult> Entity(string id, HttpRequest request, ListHost lists, CancellationToken cancellation)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        bool nested;
        try
        {
            nested = YenteParameters.Flag(request.Query, "nested", fallback: true);
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }
        if (snapshot.Index.Find(id) is not { } entity)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such entity",
                detail: $"No entity has the id {id} in the lists in service (generation {snapshot.Generation}).");
        }
        var response = request.HttpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        if (nested) YenteEntityJson.WriteNested(json, entity, snapshot.Index, snapshot.LoadedAt);
        else YenteEntityJson.Write(json, entity, snapshot.LoadedAt);
        await json.FlushAsync(cancellation);
        return Results.Empty;
    }

    private static async Task Algorithms(HttpResponse response, CancellationToken cancellation)
    {
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        YenteAlgorithms.WriteList(json);
        await json.FlushAsync(cancellation);
    }
}
