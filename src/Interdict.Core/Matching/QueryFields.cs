using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>A query field that cannot be read: which field and why, in words for the caller.</summary>
public sealed class QueryFieldException(string field, string message) : FormatException($"{field}: {message}")
{
    public string Field { get; } = field;
}

/// <summary>
/// Reads the fields of a query as callers write them — the CLI's options, batch rows, the HTTP API — so that every
/// way in accepts the same text and refuses it with the same words. Blank text is "not given".
/// </summary>
public static class QueryFields
{
    /// <summary>The query for a party as every way in describes it — a batch row, a party of a monitored book, a
    /// request — with the defaults of <see cref="ScreeningQuery"/> for the rest (set them with <c>with</c>).</summary>
    /// <exception cref="QueryFieldException">No name, or a field that cannot be read.</exception>
    public static ScreeningQuery Query(string? name, string? schema, string? birthDate, string? nationality, string? country,
        string? gender, string? idNumber, string? imo)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new QueryFieldException("name", "no name");
        return new ScreeningQuery(
            name,
            Schema(schema, "schema"),
            BirthDate(birthDate, "birth_date"),
            [.. Countries(nationality, "nationality").Concat(Countries(country, "country")).Distinct()],
            Gender: Gender(gender, "gender"),
            Identifiers: Identifiers([idNumber], imo));
    }

    /// <exception cref="QueryFieldException">Not a schema name.</exception>
    public static Schema? Schema(string? text, string field) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : SchemaExtensions.Parse(text)
              ?? throw new QueryFieldException(field, $"'{text}' is not a schema (Person, Organization, Company, PublicBody, Vessel, Aircraft).");

    /// <exception cref="QueryFieldException">Not a gender.</exception>
    public static Gender Gender(string? text, string field) =>
        string.IsNullOrWhiteSpace(text)
            ? Model.Gender.Unknown
            : GenderParser.Parse(text) is var gender and not Model.Gender.Unknown
                ? gender
                : throw new QueryFieldException(field, $"'{text}' is not a gender (male or female).");

    /// <summary>Identifiers of any kind, and an IMO number as one of its kind (a different IMO is a conflict).</summary>
    public static IReadOnlyList<QueryIdentifier> Identifiers(IEnumerable<string?> values, string? imo) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new QueryIdentifier(v!)),
         .. string.IsNullOrWhiteSpace(imo) ? [] : new[] { new QueryIdentifier(imo.Replace("IMO", "", StringComparison.OrdinalIgnoreCase), IdentifierType.Imo) }];

    /// <exception cref="QueryFieldException">Not a date.</exception>
    public static FuzzyDate? BirthDate(string? text, string field) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : DateParser.Parse(text)
              ?? throw new QueryFieldException(field, $"'{text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).");

    /// <summary>The countries a query field names: one country as a name or an ISO code in any case ("ru" — given
    /// on purpose, unlike in list text where only capitals are codes), or several ("(1) Israel (2) Latvia").</summary>
    /// <exception cref="QueryFieldException">No country in the text.</exception>
    public static IReadOnlyList<string> Countries(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var trimmed = text.Trim();
        var asCode = trimmed.Length is 2 or 3 && trimmed.All(char.IsAsciiLetter) ? Text.Countries.ToCode(trimmed.ToUpperInvariant()) : null;
        if ((asCode ?? Text.Countries.ToCode(trimmed)) is { } code) return [code];
        var named = Text.Countries.CodesIn(trimmed);
        return named.Count > 0 ? named : throw new QueryFieldException(field, $"'{text}' is not a country name or ISO code.");
    }
}
