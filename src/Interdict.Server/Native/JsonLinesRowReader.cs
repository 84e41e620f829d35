using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Interdict.Server.Native;

/// <summary>
/// Reads JSON lines straight from the UTF-8 bytes of a <see cref="PipeReader"/>: each line is parsed where it lies in
/// the buffer, only the values of the keys a row has become strings. Lines are independent, so a line that is not a
/// JSON object becomes a row marked <see cref="BatchRow.Malformed"/> and the lines after it are read as usual.
/// </summary>
internal static class JsonLinesRowReader
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static async IAsyncEnumerable<BatchRow> ReadAsync(PipeReader input, [EnumeratorCancellation] CancellationToken cancellation)
    {
        long line = 0;
        while (true)
        {
            var result = await input.ReadAsync(cancellation);
            var buffer = result.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var text = buffer.Slice(0, end);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                if (Parse(text, ++line) is { } row) yield return row;
            }
            if (result.IsCompleted)
            {
                var last = buffer.IsEmpty ? null : Parse(buffer, ++line);
                input.AdvanceTo(buffer.End);
                if (last is not null) yield return last;
                yield break;
            }
            if (buffer.Length > BatchRowReader.MaxRowBytes)
                throw new BatchInputException($"line {line + 1}: longer than {BatchRowReader.MaxRowBytes / 1024 / 1024} MiB");
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The row of one line; null for a blank line.</summary>
    private static BatchRow? Parse(ReadOnlySequence<byte> text, long line)
    {
        if (line == 1 && text.FirstSpan.StartsWith(ByteOrderMark)) text = text.Slice(ByteOrderMark.Length);
        if (IsBlank(text)) return null;
        var json = new Utf8JsonReader(text);
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject) return Malformed(line, null);
            var row = ReadFields(ref json, line);
            // Anything but blanks after the object is an error of the reader.
            json.Read();
            return row;
        }
        catch (JsonException e)
        {
            return Malformed(line, e.Message);
        }
    }

    private static BatchRow ReadFields(ref Utf8JsonReader json, long line)
    {
        var fields = new RowFields();
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref json);
            json.Read();
            var value = Value(ref json);
            if (key >= 0) fields[key] = value;
        }
        return new BatchRow(line, fields[Id], fields[Name] ?? fields[Query], fields[Schema], fields[BirthDate], fields[Nationality], fields[Country])
        {
            Gender = fields[Gender],
            IdNumber = fields[IdNumber],
            Imo = fields[Imo],
        };
    }

    private const int Id = 0, Name = 1, Query = 2, Schema = 3, BirthDate = 4, Nationality = 5, Country = 6, Gender = 7, IdNumber = 8, Imo = 9;

    /// <summary>The values of a row's keys, on the stack.</summary>
    [InlineArray(Imo + 1)]
    private struct RowFields
    {
        private string? _first;
    }

    /// <summary>Which key the property name at <paramref name="json"/> is; -1 for one that is not read.</summary>
    private static int Key(ref Utf8JsonReader json) =>
        json.ValueTextEquals("id"u8) ? Id
        : json.ValueTextEquals("name"u8) ? Name
        : json.ValueTextEquals("query"u8) ? Query
        : json.ValueTextEquals("schema"u8) ? Schema
        : json.ValueTextEquals("birth_date"u8) ? BirthDate
        : json.ValueTextEquals("nationality"u8) ? Nationality
        : json.ValueTextEquals("country"u8) ? Country
        : json.ValueTextEquals("gender"u8) ? Gender
        : json.ValueTextEquals("id_number"u8) ? IdNumber
        : json.ValueTextEquals("imo"u8) ? Imo
        : -1;

    /// <summary>A string or a number as text (ids are often numbers); null for anything else, which is skipped.</summary>
    private static string? Value(ref Utf8JsonReader json)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.String:
                return json.GetString();
            case JsonTokenType.Number:
                return json.HasValueSequence ? Encoding.UTF8.GetString(json.ValueSequence) : Encoding.UTF8.GetString(json.ValueSpan);
            default:
                json.Skip();
                return null;
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> text)
    {
        foreach (var segment in text)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0) return false;
        }
        return true;
    }

    private static BatchRow Malformed(long line, string? reason) =>
        new(line, null, null, null, null, null, null)
        {
            Malformed = reason is null ? $"line {line}: not a JSON object" : $"line {line}: not a JSON object ({reason})",
        };
}
