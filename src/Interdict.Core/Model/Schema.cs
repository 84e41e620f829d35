namespace Interdict.Core.Model;

/// <summary>
/// What kind of thing a listed entity is. Follows FollowTheMoney's schemata: <see cref="Company"/> and
/// <see cref="PublicBody"/> are kinds of <see cref="Organization"/>; an organization whose kind the list does not
/// state (a group, a front, an armed movement) stays <see cref="Organization"/>.
/// </summary>
public enum Schema
{
    Person,
    Organization,
    Company,
    PublicBody,
    Vessel,
    Aircraft,
}

public static class SchemaExtensions
{
    /// <summary>True when an entity of schema <paramref name="entity"/> answers a query for <paramref name="query"/>:
    /// a query for Organization also finds companies and public bodies.</summary>
    public static bool Covers(this Schema query, Schema entity) =>
        query == entity || (query == Schema.Organization && entity.IsOrganization());

    public static bool IsOrganization(this Schema schema) =>
        schema is Schema.Organization or Schema.Company or Schema.PublicBody;

    /// <summary>Parses a schema name as users and FollowTheMoney write it ("Person", "company", "LegalEntity" …).
    /// Returns null for an unknown name.</summary>
    public static Schema? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "person" or "individual" => Schema.Person,
        "organization" or "organisation" or "entity" or "legalentity" => Schema.Organization,
        "company" => Schema.Company,
        "publicbody" or "public body" => Schema.PublicBody,
        "vessel" or "ship" => Schema.Vessel,
        "aircraft" or "airplane" => Schema.Aircraft,
        _ => null,
    };
}
