namespace Interdict.Core.Model;

/// <summary>The kinds of identifier the lists publish, one concept each whatever the source calls it.</summary>
public enum IdentifierType
{
    Other,
    Passport,
    NationalId,
    /// <summary>Tax number: INN (Russia), TIN, RFC, VAT number …</summary>
    TaxId,
    /// <summary>Company or business registration: OGRN (Russia), commercial registry, company number …</summary>
    RegistrationNumber,
    /// <summary>Legal Entity Identifier (ISO 17442).</summary>
    Lei,
    SwiftBic,
    Imo,
    Mmsi,
    AircraftSerial,
    AircraftTailNumber,
    Website,
    Email,
    Phone,
    DigitalCurrencyAddress,
    DriversLicense,
    /// <summary>A list's own reference to the entity on another list, e.g. the UN reference cited by the UK list.</summary>
    ListReference,
}

/// <summary>An identifier of a listed entity.</summary>
/// <param name="Label">The source's own wording for the type ("Tax ID No.", "National Identification Number").</param>
/// <param name="Country">The issuing country as the source names it, if stated.</param>
/// <param name="Note">Anything else the list says of it (issue or expiry dates, "diplomatic" …).</param>
public sealed record Identifier(
    IdentifierType Type,
    string Value,
    string? Country = null,
    string? Label = null,
    string? Note = null)
{
    /// <summary>The value reduced to letters and digits in upper case, for comparison: "7707 083893" and
    /// "7707083893" are the same INN.</summary>
    public string Normalized { get; } = NormalizeValue(Value);

    public static string NormalizeValue(string value)
    {
        Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c)) buffer[length++] = char.ToUpperInvariant(c);
        }
        return new string(buffer[..length]);
    }
}
