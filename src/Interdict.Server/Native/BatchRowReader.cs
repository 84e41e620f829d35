using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace Interdict.Server.Native;

/// <summary>How the rows of a batch are written.</summary>
public enum BatchFormat
{
    /// <summary>CSV with a header row.</summary>
    Csv,

    /// <summary>One JSON object per line.</summary>
    JsonLines,
}

/// <summary>Input the batch cannot go on reading (a CSV header without a name column, broken CSV quoting, a row
/// longer than <see cref="BatchRowReader.MaxRowBytes"/>): the rows before it stand, the rest is not read.</summary>
public sealed class BatchInputException(string message) : Exception(message);

/// <summary>
/// Streams the rows of a batch from a <see cref="PipeReader"/> — a file for the CLI, the request body for the service:
/// CSV with a header, or JSON lines. Keys: id, name (or query, as in the gold sets), schema, birth_date, nationality,
/// country, gender, id_number, imo; others are ignored. Rows are read as they arrive and one at a time, so memory
/// does not grow with the input. Reading completes synchronously while rows are buffered, which lets the caller see
/// when the input has nothing more for now.
/// </summary>
public static class BatchRowReader
{
    /// <summary>The longest row read: a line or record that is not finished after this many bytes stops the batch, so
    /// a hostile input cannot make the reader buffer without end.</summary>
    public const int MaxRowBytes = 1024 * 1024;

    /// <summary>The rows of <paramref name="input"/>, in <paramref name="format"/> or, when that is not known, in the
    /// format the first character that is not blank shows: <c>{</c> for JSON lines, anything else for CSV.</summary>
    /// <remarks>The enumeration throws <see cref="BatchInputException"/> where the input cannot be read on.</remarks>
    public static async ValueTask<IAsyncEnumerable<BatchRow>> OpenAsync(PipeReader input, BatchFormat? format, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (format ?? await SniffAsync(input, cancellation)) == BatchFormat.JsonLines
            ? JsonLinesRowReader.ReadAsync(input, cancellation)
            : CsvAsync(input, cancellation);
    }

    /// <summary>Looks at the input up to its first character that is not blank (a byte order mark counts as blank),
    /// consuming nothing.</summary>
    private static async ValueTask<BatchFormat> SniffAsync(PipeReader input, CancellationToken cancellation)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellation);
            var buffer = result.Buffer;
            var significant = FirstSignificant(buffer);
            if (significant is not null || result.IsCompleted || buffer.Length > MaxRowBytes)
            {
                input.AdvanceTo(buffer.Start);
                return significant == (byte)'{' ? BatchFormat.JsonLines : BatchFormat.Csv;
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static byte? FirstSignificant(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                // 0xEF 0xBB 0xBF is the UTF-8 byte order mark.
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) return b;
            }
        }
        return null;
    }

    private static readonly CsvReaderOptions CsvOptions = new()
    {
        HasHeader = true,
        Separator = ',',
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
        MaxRecordSize = MaxRowBytes,
    };

    /// <summary>The columns besides the name, in the order <see cref="CsvAsync"/> reads them.</summary>
    private static readonly string[] OtherColumns = ["id", "schema", "birth_date", "nationality", "country", "gender", "id_number", "imo"];

    private static async IAsyncEnumerable<BatchRow> CsvAsync(PipeReader input, [EnumeratorCancellation] CancellationToken cancellation)
    {
        await using var csv = CsvReader.Create(input.AsStream(leaveOpen: true), CsvOptions, leaveOpen: false);
        if (!await NextAsync(csv, cancellation)) yield break;
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var name = Array.IndexOf(header, "name") is >= 0 and var n ? n : Array.IndexOf(header, "query");
        if (name < 0)
            throw new BatchInputException($"the CSV header has no 'name' (or 'query') column: {string.Join(",", csv.Headers)}");
        int[] columns = [.. OtherColumns.Select(c => Array.IndexOf(header, c))];
        string? Field(int column) => column < 0 ? null : Blank(csv.GetString(column));
        do
        {
            yield return new BatchRow(csv.RowNumber, Field(columns[0]), Field(name), Field(columns[1]), Field(columns[2]), Field(columns[3]), Field(columns[4]))
            {
                Gender = Field(columns[5]),
                IdNumber = Field(columns[6]),
                Imo = Field(columns[7]),
            };
        }
        while (await NextAsync(csv, cancellation));
    }

    private static async ValueTask<bool> NextAsync(CsvReader csv, CancellationToken cancellation)
    {
        try
        {
            return await csv.ReadAsync(cancellation);
        }
        catch (CsvFormatException e)
        {
            throw new BatchInputException($"line {e.LineNumber}: malformed CSV ({e.Message})");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
