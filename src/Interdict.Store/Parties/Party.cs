using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Interdict.Core.Matching;

namespace Interdict.Store.Parties;

/// <summary>A monitored party: the caller's own id and what is known of it, in the fields and the text a batch
/// screening row takes (blank is "not given"). It is screened as <see cref="ToQuery"/> says.</summary>
public sealed record Party(
    string Id,
    string Name,
    string? Schema = null,
    string? BirthDate = null,
    string? Nationality = null,
    string? Country = null,
    string? Gender = null,
    string? IdNumber = null,
    string? Imo = null)
{
    private static readonly JsonSerializerOptions BodyJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The fields besides the id, by the names a party file uses, for telling what changed.</summary>
    public IReadOnlyList<(string Field, string? Value)> Fields =>
    [
        ("name", Name), ("schema", Schema), ("birth_date", BirthDate), ("nationality", Nationality), ("country", Country),
        ("gender", Gender), ("id_number", IdNumber), ("imo", Imo),
    ];

    /// <summary>The query the party is screened with; reading it is also how a party's fields are validated.</summary>
    /// <exception cref="QueryFieldException">A field cannot be read, or there is no name.</exception>
    public ScreeningQuery ToQuery(int limit) =>
        QueryFields.Query(Name, Schema, BirthDate, Nationality, Country, Gender, IdNumber, Imo) with { Limit = limit };

    /// <summary>The party's data as the store keeps it: compact JSON, fields in a fixed order, blanks left out.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, BodyJson);

    public static Party FromJson(string json) =>
        JsonSerializer.Deserialize<Party>(json, BodyJson) ?? throw new StoreException("a stored party is empty");

    /// <summary>SHA-256 of <see cref="ToJson"/>: equal exactly when the data is.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())));

    /// <summary>"birth_date: (none) → 1970-01-02" for each field that differs from <paramref name="before"/>.</summary>
    public List<string> ChangesSince(Party before) =>
        [.. Fields.Zip(before.Fields).Where(p => p.First.Value != p.Second.Value)
            .Select(p => $"{p.First.Field}: {p.Second.Value ?? "(none)"} → {p.First.Value ?? "(none)"}")];
}
