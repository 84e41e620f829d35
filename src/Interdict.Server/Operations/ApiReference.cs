using Interdict.Server.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Interdict.Server.Operations;

/// <summary>
/// The API described: the OpenAPI document at <c>/openapi/v1.json</c>, generated from the endpoints, and an
/// interactive reference at <c>/docs</c> (swagger-ui, whose scripts and styles are embedded in Swashbuckle's
/// assembly and served by the service itself: the page works offline and calls no other host — Swashbuckle turns
/// off swagger-ui's online validator unless one is configured). Both anonymous.
/// </summary>
internal static class ApiReference
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePrefix = "docs";

    public static void AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Interdict screening service";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "An API key from `interdict keys create` (also accepted as `Authorization: ApiKey KEY` or `Bearer KEY`).",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] }];
            return Task.CompletedTask;
        }));

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = PagePrefix;
            ui.DocumentTitle = "Interdict API";
            ui.SwaggerEndpoint(DocumentPath, "Interdict v1");
        });
    }
}
