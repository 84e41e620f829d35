using Interdict.Core.Model;

namespace Interdict.Sources.Eu;

/// <summary>The EU's codes for identification types and contact details, read from identification-types.tsv and
/// contact-info-keys.tsv.</summary>
internal static class EuLabels
{
    private static readonly Dictionary<string, IdentifierType> IdentificationTypes = Load("identification-types.tsv", "code");

    private static readonly Dictionary<string, IdentifierType> ContactKeys = Load("contact-info-keys.tsv", "key");

    /// <summary>The type of an identificationTypeCode; Other for a code the table does not know.</summary>
    public static IdentifierType IdentificationType(string? code) =>
        code is not null && IdentificationTypes.TryGetValue(code, out var type) ? type : IdentifierType.Other;

    /// <summary>The identifier type of a contactInfo key ("PHONE", "EMAIL"); null for a key the table does not know.</summary>
    public static IdentifierType? ContactType(string key) => ContactKeys.TryGetValue(key, out var type) ? type : null;

    /// <summary>The contactInfo keys the table knows, for finding them in the CSV's one contact cell.</summary>
    public static IEnumerable<string> ContactKeyNames => ContactKeys.Keys;

    private static Dictionary<string, IdentifierType> Load(string fileName, string keyColumn) => SourceTable
        .Read(typeof(EuLabels), fileName, keyColumn, "type", "note")
        .ToDictionary(row => row[0], row => Enum.Parse<IdentifierType>(row[1]), StringComparer.OrdinalIgnoreCase);
}
