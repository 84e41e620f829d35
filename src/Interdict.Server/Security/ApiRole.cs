namespace Interdict.Server.Security;

/// <summary>What a key may do; each role includes the ones before it.</summary>
public enum ApiRole
{
    /// <summary>Screen, search, read entities and the catalogue.</summary>
    Screen,
    /// <summary>Also review alerts and record decisions.</summary>
    Review,
    /// <summary>Also reload lists and change configuration.</summary>
    Admin,
}

/// <summary>The authorization policies, one per role, as endpoints name them.</summary>
public static class ApiPolicies
{
    public const string Screen = "screen";
    public const string Review = "review";
    public const string Admin = "admin";

    public static string For(ApiRole role) => role switch
    {
        ApiRole.Screen => Screen,
        ApiRole.Review => Review,
        _ => Admin,
    };

    /// <summary>The role claim's value for a role.</summary>
    public static string ClaimValue(ApiRole role) => For(role);

    /// <summary>The role named in lower case ("screen", "review", "admin"); null for any other text.</summary>
    public static ApiRole? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        Screen => ApiRole.Screen,
        Review => ApiRole.Review,
        Admin => ApiRole.Admin,
        _ => null,
    };
}
