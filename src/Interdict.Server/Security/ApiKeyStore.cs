using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Interdict.Server.Security;

/// <summary>One API key as stored: never the key itself, only its SHA-256.</summary>
public sealed record ApiKeyRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("created")] DateTimeOffset Created);

/// <summary>
/// The API keys of a data directory, in <see cref="FileName"/>. A key is shown once, when it is created; the file
/// keeps its SHA-256 (keys are 256 random bits, so a plain hash cannot be reversed by guessing), its role and a
/// name. A key is looked up by the hash of what a caller presents.
/// </summary>
public sealed class ApiKeyStore
{
    public const string FileName = "api-keys.json";
    private const string Prefix = "idk_";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly FrozenDictionary<string, ApiKeyRecord> _byHash;

    private ApiKeyStore(IReadOnlyList<ApiKeyRecord> keys)
    {
        Keys = keys;
        _byHash = keys.ToFrozenDictionary(k => k.Sha256, StringComparer.Ordinal);
    }

    public IReadOnlyList<ApiKeyRecord> Keys { get; }

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>The keys of a data directory; none when it has no key file.</summary>
    /// <exception cref="InvalidDataException">The key file is not what <see cref="Create"/> writes.</exception>
    public static ApiKeyStore Open(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path)) return new ApiKeyStore([]);
        try
        {
            var keys = JsonSerializer.Deserialize<List<ApiKeyRecord>>(File.ReadAllText(path)) ?? [];
            foreach (var key in keys.Where(k => ApiPolicies.Parse(k.Role) is null))
                throw new InvalidDataException($"{path}: key {key.Id} has the unknown role '{key.Role}'");
            return new ApiKeyStore(keys);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a key file ({e.Message})", e);
        }
    }

    /// <summary>Creates a key, records its hash and returns the key, which is not kept anywhere.</summary>
    public static (ApiKeyRecord Record, string Key) Create(string dataDirectory, ApiRole role, string name, DateTimeOffset now)
    {
        var key = Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(key);
        var record = new ApiKeyRecord(hash[..12], name, ApiPolicies.ClaimValue(role), hash, now);
        Directory.CreateDirectory(dataDirectory);
        var keys = Open(dataDirectory).Keys.Append(record).ToList();
        var path = PathIn(dataDirectory);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(keys, Indented));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path, overwrite: true);
        return (record, key);
    }

    /// <summary>The key a caller presents, or null when it is not one of ours.</summary>
    public ApiKeyRecord? Find(string presented) =>
        presented.StartsWith(Prefix, StringComparison.Ordinal) ? _byHash.GetValueOrDefault(Hash(presented)) : null;

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
