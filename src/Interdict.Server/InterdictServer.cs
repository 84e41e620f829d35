using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Native;
using Interdict.Server.Operations;
using Interdict.Server.Security;
using Interdict.Server.Yente;
using Microsoft.AspNetCore.Authentication;

namespace Interdict.Server;

/// <summary>
/// Builds the screening service: <see cref="CreateBuilder"/> registers its services (lists, keys, authentication,
/// problem details, limits), <see cref="Build"/> adds the middleware and maps every endpoint. <c>interdict serve</c>
/// runs it on Kestrel; tests run the same composition on a test server.
/// </summary>
public static class InterdictServer
{
    public static WebApplicationBuilder CreateBuilder(ServerSettings settings, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(args ?? []);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json => json.IncludeScopes = false);
        // One log line per request would cost more than the screening it logs; failures are still logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.Limits.MaxRequestBytes);
        // Stopping finishes the requests in flight first, for up to this long.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ListHost>();
        services.AddHostedService<ListReloadService>();
        services.AddSingleton<ApiKeys>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Screen, p => p.RequireRole(ApiPolicies.Screen, ApiPolicies.Review, ApiPolicies.Admin))
            .AddPolicy(ApiPolicies.Review, p => p.RequireRole(ApiPolicies.Review, ApiPolicies.Admin))
            .AddPolicy(ApiPolicies.Admin, p => p.RequireRole(ApiPolicies.Admin));
        services.AddProblemDetails();
        services.AddOperations(settings);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseOperations();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseKeyRateLimiting();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapCatalogEndpoints();
        app.MapAdminEndpoints();
        app.MapNativeEndpoints();
        app.MapYenteEndpoints();
        app.MapOperationsEndpoints();
        return app;
    }
}
