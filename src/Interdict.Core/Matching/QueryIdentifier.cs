using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>An identifier given with a query: a passport, tax or registration number, an IMO number …</summary>
/// <param name="Type">The kind, when the caller knows it (an IMO number of a vessel); null matches any kind.</param>
public sealed record QueryIdentifier(string Value, IdentifierType? Type = null)
{
    /// <summary>Shorter values ("12", "A1") would match by chance; they are ignored.</summary>
    public const int MinimumLength = 5;

    public string Normalized { get; } = Identifier.NormalizeValue(Value);
}
