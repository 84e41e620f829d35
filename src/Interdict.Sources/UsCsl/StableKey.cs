using System.Security.Cryptography;
using System.Text;

namespace Interdict.Sources.UsCsl;

/// <summary>Keys for list entries that carry no id of their own: the first 16 hex digits of the SHA-256 of the
/// fields that tell the entries apart, so the same entry gets the same key on every reading.</summary>
internal static class StableKey
{
    public static string Of(params string?[] fields) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', fields))))[..16];
}
