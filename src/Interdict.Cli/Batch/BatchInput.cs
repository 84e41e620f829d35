using System.Text.Json;
using CsvHelper;

namespace Interdict.Cli.Batch;

/// <summary>One row of a batch file, as given; validated when it is turned into a query.</summary>
/// <param name="Row">1-based row number (data rows, after the CSV header), for error messages.</param>
internal sealed record BatchRow(long Row, string? Id, string? Name, string? Schema, string? BirthDate, string? Nationality, string? Country)
{
    public string? Gender { get; init; }
    public string? IdNumber { get; init; }
    public string? Imo { get; init; }
}

/// <summary>
/// Streams the rows of a batch file: CSV with a header, or JSON lines — told apart by the first character. Keys:
/// id, name (or query, as in the gold sets), schema, birth_date, nationality, country, gender, id_number, imo;
/// others are ignored. Rows are
/// read one at a time so memory does not grow with the file.
/// </summary>
internal sealed class BatchInput(string path) : IDisposable
{
    private readonly FileStream stream = OpenInput(path);

    /// <summary>How far through the file reading has got, for progress.</summary>
    public long Position => stream.Position;
    public long Length => stream.Length;

    public IEnumerable<BatchRow> Rows()
    {
        var reader = new StreamReader(stream);
        var first = reader.Peek();
        while (first is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            reader.Read();
            first = reader.Peek();
        }
        return first == '{' ? JsonLines(reader) : Csv(reader);
    }

    private static FileStream OpenInput(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--input {path}: {e.Message}");
        }
    }

    private IEnumerable<BatchRow> JsonLines(StreamReader reader)
    {
        long row = 0;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new UsageException($"{path}: line {row}: not a JSON object ({e.Message})");
            }
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    throw new UsageException($"{path}: line {row}: not a JSON object");
                var root = document.RootElement;
                yield return new BatchRow(row, Text(root, "id"), Text(root, "name") ?? Text(root, "query"),
                    Text(root, "schema"), Text(root, "birth_date"), Text(root, "nationality"), Text(root, "country"))
                {
                    Gender = Text(root, "gender"),
                    IdNumber = Text(root, "id_number"),
                    Imo = Text(root, "imo"),
                };
            }
        }
    }

    private static string? Text(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private IEnumerable<BatchRow> Csv(StreamReader reader)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        if (!Next(csv)) yield break;
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var nameColumn = Array.IndexOf(header, "name") is >= 0 and var n ? n : Array.IndexOf(header, "query");
        if (nameColumn < 0)
            throw new UsageException($"{path}: the CSV header has no 'name' (or 'query') column: {string.Join(",", csv.Headers)}");
        string? Field(string column) => Array.IndexOf(header, column) is >= 0 and var i ? Blank(csv.GetString(i)) : null;
        do
        {
            yield return new BatchRow(csv.RowNumber, Field("id"), Blank(csv.GetString(nameColumn)), Field("schema"),
                Field("birth_date"), Field("nationality"), Field("country"))
            {
                Gender = Field("gender"),
                IdNumber = Field("id_number"),
                Imo = Field("imo"),
            };
        }
        while (Next(csv));
    }

    private bool Next(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new UsageException($"{path}: line {e.LineNumber}: malformed CSV ({e.Message})");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public void Dispose() => stream.Dispose();
}
