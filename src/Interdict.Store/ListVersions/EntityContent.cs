using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Interdict.Core.Model;

namespace Interdict.Store.ListVersions;

/// <summary>
/// An entity as the store keeps it: a compact JSON body (its id and every field the list gives, empty fields left
/// out, in a fixed order), the SHA-256 of that body as its fingerprint, and a short fingerprint of each field, so
/// that two versions of an entity are compared by one string and their differing fields named without parsing.
/// </summary>
internal sealed record EntityContent(string EntityId, string Schema, string Caption, string Fingerprint,
    IReadOnlyDictionary<string, string> FieldFingerprints, string Body)
{
    private static readonly JsonSerializerOptions FieldJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The fields compared, in body order; a change to any of them is a change of the entity.</summary>
    public static IReadOnlyList<(string Name, Func<Entity, object?> Value)> Fields { get; } =
    [
        ("schema", e => e.Schema),
        ("names", e => e.Names.Select(n => new { n.Value, n.Kind, n.Quality, n.Script, n.Language }).ToList()),
        ("birth_dates", e => e.BirthDates.Select(d => d.ToString()).ToList()),
        ("places_of_birth", e => e.PlacesOfBirth),
        ("nationalities", e => e.Nationalities),
        ("citizenships", e => e.Citizenships),
        ("gender", e => e.Gender == Gender.Unknown ? null : e.Gender),
        ("titles", e => e.Titles),
        ("positions", e => e.Positions),
        ("addresses", e => e.Addresses),
        ("identifiers", e => e.Identifiers.Select(i => new { i.Type, i.Value, i.Country, i.Label, i.Note }).ToList()),
        ("vessel", e => e.Vessel),
        ("aircraft", e => e.Aircraft),
        ("programs", e => e.Programs),
        ("listed_on", e => e.ListedOn?.ToString("yyyy-MM-dd")),
        ("incorporation_dates", e => e.IncorporationDates.Select(d => d.ToString()).ToList()),
        ("remarks", e => e.Remarks),
        ("links", e => e.Links),
    ];

    public static EntityContent Of(Entity entity)
    {
        var body = new ArrayBufferWriter<byte>();
        var fingerprints = new Dictionary<string, string>(Fields.Count);
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            foreach (var (name, value) in Fields)
            {
                if (value(entity) is not { } fieldValue || fieldValue is System.Collections.ICollection { Count: 0 }) continue;
                var fieldJson = JsonSerializer.SerializeToUtf8Bytes(fieldValue, fieldValue.GetType(), FieldJson);
                json.WritePropertyName(name);
                json.WriteRawValue(fieldJson, skipInputValidation: true);
                // 64 bits tell a field's old and new content apart; the full hash of the body identifies the whole.
                fingerprints[name] = Convert.ToHexStringLower(SHA256.HashData(fieldJson), 0, 8);
            }
            json.WriteEndObject();
        }
        return new EntityContent(entity.Id, entity.Schema.ToString(), entity.Caption,
            Convert.ToHexStringLower(SHA256.HashData(body.WrittenSpan)), fingerprints, Encoding.UTF8.GetString(body.WrittenSpan));
    }

    public string FieldFingerprintsJson() => JsonSerializer.Serialize(FieldFingerprints, FieldJson);

    public static Dictionary<string, string> ParseFieldFingerprints(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, FieldJson) ?? [];

    /// <summary>The fields whose fingerprints differ (or that one side lacks), in body order.</summary>
    public static List<string> ChangedFields(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. Fields.Select(f => f.Name).Where(name => before.GetValueOrDefault(name) != after.GetValueOrDefault(name))];
}
