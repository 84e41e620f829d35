using System.Text.Json.Serialization;
using Interdict.Core.Matching;

namespace Interdict.Server.Native;

/// <summary>The body of <c>POST /v1/screen</c>: the same fields as a row of the CLI's batch input, plus what a
/// single query may set.</summary>
public sealed record ScreenRequest
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("schema")] public string? Schema { get; init; }
    [JsonPropertyName("birth_date")] public string? BirthDate { get; init; }
    [JsonPropertyName("nationality")] public string? Nationality { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }
    [JsonPropertyName("gender")] public string? Gender { get; init; }
    [JsonPropertyName("id_number")] public string? IdNumber { get; init; }
    [JsonPropertyName("imo")] public string? Imo { get; init; }
    [JsonPropertyName("sources")] public IReadOnlyList<string>? Sources { get; init; }
    [JsonPropertyName("threshold")] public double? Threshold { get; init; }
    [JsonPropertyName("limit")] public int? Limit { get; init; }
    [JsonPropertyName("include_non_matches")] public bool IncludeNonMatches { get; init; }

    /// <exception cref="QueryFieldException">A field is missing or cannot be read.</exception>
    public ScreeningQuery ToQuery()
    {
        if (Threshold is < 0 or > 1) throw new QueryFieldException("threshold", $"{Threshold} is not between 0 and 1.");
        if (Limit is < 1 or > 500) throw new QueryFieldException("limit", $"{Limit} is not between 1 and 500.");
        return QueryFields.Query(Name, Schema, BirthDate, Nationality, Country, Gender, IdNumber, Imo) with
        {
            Sources = Sources is { Count: > 0 } ? Sources.ToHashSet(StringComparer.Ordinal) : null,
            Threshold = Threshold,
            Limit = Limit ?? 10,
            IncludeNonMatches = IncludeNonMatches,
        };
    }
}
