using System.Globalization;
using CsvHelper;

namespace Interdict.Sources.Ofac;

/// <summary>One record of an OFAC legacy CSV file: the line it starts on, the ent_num key and the fields as read.</summary>
internal sealed record OfacCsvRow(long Line, string EntNum, string[] Fields)
{
    private const string Empty = "-0-";

    public string Location => $"line {Line}";

    /// <summary>The field trimmed, or null when empty or OFAC's "-0-".</summary>
    public string? this[int column]
    {
        get
        {
            var field = Fields[column];
            var value = field.AsSpan().Trim();
            if (value.IsEmpty || value.SequenceEqual(Empty)) return null;
            return value.Length == field.Length ? field : value.ToString();
        }
    }
}

/// <summary>
/// Reads one file of an OFAC legacy CSV set, refusing it as a whole when a record is malformed: a wrong number of
/// fields, a non-numeric ent_num, a stray or unterminated quote. Tolerates OFAC's quirks: CRLF or LF line ends,
/// the DOS end-of-file byte (0x1A) on its own last line, Latin-1 bytes, and unquoted fields.
/// </summary>
internal static class OfacCsvFile
{
    private const char DosEndOfFile = '\u001a';

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = false,
        // OFAC fields never span lines: a quote still open at the end of a line is a broken or truncated file.
        AllowLineBreaksInQuotes = false,
        TrackLineNumbers = true,
        // Most fields of a row are OFAC's "-0- ": one string for all of them.
        PoolStrings = true,
    };

    public static IEnumerable<OfacCsvRow> Read(string path, int fieldCount)
    {
        if (!File.Exists(path)) throw new ListDataException(path, null, "the file does not exist");
        return ReadRows(path, TextDecoding.ReadAllText(path), fieldCount);
    }

    private static IEnumerable<OfacCsvRow> ReadRows(string path, string text, int fieldCount)
    {
        using var reader = CsvReader.FromText(text, Options with
        {
            OnMalformedRecord = record => throw new ListDataException(path, $"line {record.LineNumber}", Describe(record.Reason)),
        });
        while (reader.Read())
        {
            if (IsEndOfFileMark(reader))
            {
                if (reader.Read())
                    throw new ListDataException(path, $"line {reader.LineNumber}", "data after the end-of-file byte (0x1A)");
                yield break;
            }
            if (reader.FieldCount != fieldCount)
                throw new ListDataException(path, $"line {reader.LineNumber}",
                    $"{reader.FieldCount} fields where {fieldCount} are expected");
            var fields = reader.Current.ToArray();
            var entNum = fields[0].Trim();
            if (!uint.TryParse(entNum, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                throw new ListDataException(path, $"line {reader.LineNumber}", $"ent_num '{entNum}' is not a number");
            yield return new OfacCsvRow(reader.LineNumber, entNum, fields);
        }
    }

    // OFAC ends its files with a DOS end-of-file byte on a line of its own.
    private static bool IsEndOfFileMark(CsvReader reader) =>
        reader.FieldCount == 1 && reader.GetString(0).AsSpan().Trim() is [DosEndOfFile];

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes =>
            "a quoted field is not closed on its line: the file is truncated or broken",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        _ => $"malformed record ({reason})",
    };
}
