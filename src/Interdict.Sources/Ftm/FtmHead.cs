using System.Text.Json;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ftm;

/// <summary>
/// Tells FtM files apart by the keys of the JSON object on their first line, as far as the file head holds it: an
/// entity line has "id" and "schema" (or "schema" and "properties"), a delta line "op" and "entity". Keys are read
/// in any order and the values skipped, so a first entity longer than the head is still recognised by the keys
/// before the cut.
/// </summary>
internal static class FtmHead
{
    public static bool IsEntityFile(FileHead head)
    {
        var keys = FirstObjectKeys(head);
        return keys.Contains("schema") && (keys.Contains("id") || keys.Contains("properties"));
    }

    public static bool IsDelta(FileHead head)
    {
        var keys = FirstObjectKeys(head);
        return keys.Contains("op") && keys.Contains("entity");
    }

    /// <summary>The top-level keys of the first JSON object; empty when the content does not start with one.</summary>
    private static HashSet<string> FirstObjectKeys(FileHead head)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var bytes = head.Bytes.Span;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        bytes = bytes.TrimStart(" \t\r\n"u8);
        if (bytes.IsEmpty || bytes[0] != (byte)'{') return keys;
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                keys.Add(reader.GetString()!);
                // A value cut by the end of the head ends the reading; the keys before it stand.
                if (!reader.TrySkip()) break;
            }
        }
        catch (JsonException)
        {
            // Not JSON after all (or broken before the cut): the keys read so far are all there is to go on.
        }
        return keys;
    }
}
