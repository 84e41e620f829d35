using System.Text;
using System.Text.Json;
using Interdict.Cli.Output;
using Interdict.Server.Native;
using Interdict.Store;

namespace Interdict.Cli.Commands;

/// <summary>The JSON that <c>lists import</c>, <c>lists history</c> and <c>lists diff</c> write.</summary>
internal static class ListsHistoryJson
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ResultJson.Indented)) write(json);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static void WriteVersion(Utf8JsonWriter json, ListVersionRecord version)
    {
        json.WriteStartObject();
        json.WriteNumber("id", version.Id);
        json.WriteString("source", version.SourceId);
        json.WriteString("format", version.Format);
        json.WriteString("kind", version.Kind.ToString().ToLowerInvariant());
        if (version.Published is { } published) json.WriteString("published", published.ToString("yyyy-MM-dd"));
        else json.WriteNull("published");
        json.WriteString("imported_at", version.ImportedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
        json.WriteString("hash", version.Hash);
        json.WriteNumber("entities", version.EntityCount);
        if (version.PreviousId is { } previous) json.WriteNumber("previous_id", previous);
        else json.WriteNull("previous_id");
        json.WriteNumber("added", version.Added);
        json.WriteNumber("removed", version.Removed);
        json.WriteNumber("changed", version.Changed);
        SourceFilesJson.Write(json, version.Files);
        json.WriteEndObject();
    }

    /// <summary>"+298 -0 ~3": added, removed and changed entities.</summary>
    public static string Counts(int added, int removed, int changed) => $"+{added:N0} -{removed:N0} ~{changed:N0}";
}
