using System.Text.Json;
using Interdict.Core.Model;

namespace Interdict.Cli.Output;

/// <summary>The files of a list version as JSON, alike in every command that shows versions.</summary>
internal static class SourceFilesJson
{
    /// <summary>Writes <c>"files": [{"path", "role", "bytes", "sha256"}]</c>.</summary>
    public static void Write(Utf8JsonWriter json, IEnumerable<SourceFile> files)
    {
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("role", file.Role);
            json.WriteNumber("bytes", file.Length);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
