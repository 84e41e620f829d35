using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ftm;

/// <summary>
/// Reads a JSON-lines file (one JSON object per line, as FollowTheMoney exports and deltas are published), plain or
/// packed (<see cref="ListContent"/>). Lines are split on their bytes and each is parsed as UTF-8 JSON on its own, so
/// an error (bad JSON, bytes that are not UTF-8, a line cut short by a truncated download) is reported at its line.
/// </summary>
internal static class FtmLines
{
    private const int ChunkLength = 64 * 1024;

    /// <summary>Calls <paramref name="read"/> with every line that is not blank, with its 1-based number. A
    /// <see cref="FormatException"/> thrown by <paramref name="read"/> is reported at that line.</summary>
    /// <exception cref="ListDataException">The file cannot be read, a line is not a JSON value, or
    /// <paramref name="read"/> refused a line.</exception>
    public static void Read(string path, Action<int, JsonElement> read)
    {
        using var content = ListContent.Open(path);
        using var line = new MemoryStream();
        var chunk = new byte[ChunkLength];
        var number = 0;
        while (ReadChunk(path, content, chunk) is var length and > 0)
        {
            var rest = chunk.AsSpan(0, length);
            while (rest.IndexOf((byte)'\n') is var end and >= 0)
            {
                line.Write(rest[..end]);
                Parse(path, ++number, line, read);
                rest = rest[(end + 1)..];
            }
            line.Write(rest);
        }
        if (line.Length > 0) Parse(path, ++number, line, read);
    }

    private static int ReadChunk(string path, Stream content, byte[] chunk)
    {
        try
        {
            return content.Read(chunk);
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the compressed content is damaged or truncated ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new ListDataException(path, null, $"cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Parses the line held in <paramref name="line"/> and empties it for the next one.</summary>
    private static void Parse(string path, int number, MemoryStream line, Action<int, JsonElement> read)
    {
        var bytes = line.GetBuffer().AsMemory(0, (int)line.Length);
        if (number == 1 && bytes.Span.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            if (bytes.Span.Trim(" \t\r"u8).IsEmpty) return;
            // The JSON reader leaves string contents unchecked until they are read: bad bytes are found here first.
            if (!Utf8.IsValid(bytes.Span))
                throw new ListDataException(path, $"line {number}, byte {InvalidUtf8At(bytes.Span) + 1}", "not UTF-8 text");
            using var json = ParseJson(path, number, bytes);
            read(number, json.RootElement);
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, $"line {number}", e.Message, e);
        }
        finally
        {
            line.SetLength(0);
        }
    }

    private static int InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (Rune.DecodeFromUtf8(bytes[at..], out _, out var length) == OperationStatus.Done) at += length;
        return at;
    }

    private static JsonDocument ParseJson(string path, int number, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            // The reader counts within this one line: its position is the byte where the line goes wrong.
            throw new ListDataException(path, $"line {number}, byte {e.BytePositionInLine + 1}",
                $"not well-formed JSON ({e.Message.Split(" LineNumber:")[0].TrimEnd()})", e);
        }
    }
}
