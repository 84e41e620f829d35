namespace Interdict.Core.Model;

/// <summary>A postal address as the list gives it. Any part may be missing; many list addresses are a country only.</summary>
public sealed record Address(
    string? Street = null,
    string? City = null,
    string? Region = null,
    string? PostalCode = null,
    string? Country = null,
    string? Note = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { Street, City, Region, PostalCode, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
