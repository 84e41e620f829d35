using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Interdict.Server.Security;

/// <summary>
/// Authenticates a request by its API key, given as <c>Authorization: ApiKey KEY</c> (as OpenSanctions' API takes
/// it), <c>Authorization: Bearer KEY</c>, <c>X-Api-Key: KEY</c>, or the query parameter <c>api_key</c> (as
/// OpenSanctions' API also takes it: OpenRefine's reconciliation cannot send headers; a key in a URL may end up in
/// proxies' logs, so headers are preferred). Without a key, a request is anonymous — let in
/// with the configured role only when the service allows it — and otherwise gets 401; a key that is not known gets
/// 401 whatever the configuration.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys,
    ServerSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "interdict:key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return Task.FromResult(settings.AllowAnonymous
                ? Success("anonymous", settings.AnonymousRole)
                : AuthenticateResult.NoResult());
        }
        return Task.FromResult(keys.Find(presented) is { } key
            ? Success(key.Id, ApiPolicies.Parse(key.Role)!.Value)
            : AuthenticateResult.Fail("the API key is not known"));
    }

    private static AuthenticateResult Success(string keyId, ApiRole role)
    {
        var identity = new ClaimsIdentity(
            [new Claim(KeyIdClaim, keyId), new Claim(ClaimTypes.Role, ApiPolicies.ClaimValue(role))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The key a request carries, in any of the accepted headers.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].FirstOrDefault() is { Length: > 0 } header) return header.Trim();
        var authorization = request.Headers.Authorization.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(authorization))
            return request.Query["api_key"].FirstOrDefault() is { Length: > 0 } parameter ? parameter.Trim() : null;
        foreach (var scheme in (string[])["ApiKey ", "Bearer "])
        {
            if (authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return authorization[scheme.Length..].Trim();
        }
        return null;
    }
}
