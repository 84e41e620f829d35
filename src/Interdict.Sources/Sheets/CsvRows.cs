using CsvHelper;

namespace Interdict.Sources.Sheets;

/// <summary>Reads delimited text with CsvHelper, one record per row, every record kept whatever its length.</summary>
internal sealed class CsvRows : ISheetRows
{
    private static CsvReaderOptions Options(char separator) => new()
    {
        HasHeader = false,
        Separator = separator,
        // A broken quote must stop the load, not be patched over into shifted columns.
        MalformedData = CsvMalformedDataHandling.Throw,
        // Title rows (OFSI's "Last Updated", date) are shorter than the rest; readers check row lengths themselves.
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        TrackLineNumbers = true,
    };

    private readonly string _path;
    private readonly CsvReader _reader;

    private CsvRows(string path, CsvReader reader)
    {
        _path = path;
        _reader = reader;
    }

    public int RowNumber { get; private set; }

    /// <exception cref="ListDataException">The file is missing or unreadable.</exception>
    public static CsvRows Open(string path, char separator = ',')
    {
        try
        {
            // List CSVs rarely state their encoding: TextDecoding takes UTF-8 and falls back to Latin-1.
            return new CsvRows(path, CsvReader.FromText(TextDecoding.ReadAllText(path), Options(separator)));
        }
        catch (IOException e)
        {
            throw new ListDataException(path, null, $"cannot be read: {e.Message}", e);
        }
    }

    public IReadOnlyList<string?>? Next()
    {
        try
        {
            if (!_reader.Read()) return null;
        }
        catch (CsvFormatException e)
        {
            throw new ListDataException(_path, $"row {RowNumber + 1}", e.Message, e);
        }
        RowNumber++;
        var cells = new string?[_reader.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = TextCleaning.Clean(_reader.GetString(i));
        return cells;
    }

    public void Dispose() => _reader.Dispose();
}
