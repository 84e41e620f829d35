using Interdict.Core.Model;
using static Interdict.Sources.Eu.EuValues;

namespace Interdict.Sources.Eu;

/// <summary>
/// Reads an identification element into an identifier: the number, its type from identificationTypeCode, the
/// issuing country, the EU's description as the label, and everything else it states (issuer, validity, the EU's
/// flags such as knownFalse) in the note. A latinNumber, the number written in Latin letters, is a second value of
/// the same document, so a query written either way finds it.
/// </summary>
internal static class EuIdentifications
{
    /// <summary>The EU's true/false flags on a document and how the note says them.</summary>
    private static readonly (string Attribute, string Wording)[] Flags =
    [
        ("diplomatic", "diplomatic"),
        ("knownExpired", "known to be expired"),
        ("knownFalse", "known to be false"),
        ("reportedLost", "reported lost"),
        ("revokedByIssuer", "revoked by the issuer"),
    ];

    /// <exception cref="FormatException">A flag is not true or false.</exception>
    public static void Add(EntityBuilder builder, EuElement identification)
    {
        var code = identification["identificationTypeCode"];
        var label = identification["identificationTypeDescription"] ?? code;
        var note = Note(identification);
        if (identification["number"] is not { } number)
        {
            if (note is not null) EntityBuilder.AddDistinct(builder.Remarks, label is null ? note : $"{label}: {note}");
            return;
        }

        var type = EuLabels.IdentificationType(code);
        var country = Country(identification);
        EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(type, number, country, label, note));
        if (identification["latinNumber"] is { } latin && Identifier.NormalizeValue(latin) != Identifier.NormalizeValue(number))
            EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(type, latin, country, label, $"{number} written in Latin letters"));
    }

    private static string? Note(EuElement identification)
    {
        var details = new List<string?>
        {
            identification["issuedBy"] is { } issuer ? $"issued by {issuer}" : null,
            identification["validFrom"] is { } from ? $"valid from {from}" : null,
            identification["validTo"] is { } to ? $"valid to {to}" : null,
            identification["nameOnDocument"] is { } name ? $"name on document: {name}" : null,
            identification["region"] is { } region ? $"region: {region}" : null,
        };
        details.AddRange(Flags.Where(flag => identification.Flag(flag.Attribute) == true).Select(flag => flag.Wording));
        details.AddRange(identification.Remarks);
        var present = details.OfType<string>().ToArray();
        return present.Length == 0 ? null : string.Join("; ", present);
    }
}
