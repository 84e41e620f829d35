using CsvHelper;

namespace Interdict.Sources.Uk;

/// <summary>Reads a ConList CSV with CsvHelper: the same rows as the workbook, one record per row.</summary>
internal sealed class CsvRows : IConListRows
{
    private static readonly CsvReaderOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        // A broken quote must stop the load, not be patched over into shifted columns.
        MalformedData = CsvMalformedDataHandling.Throw,
        // Row 1 ("Last Updated", date) is shorter than the rest.
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
    public static CsvRows Open(string path)
    {
        try
        {
            // OFSI does not state the CSV's encoding: TextDecoding takes UTF-8 and falls back to Latin-1.
            return new CsvRows(path, CsvReader.FromText(TextDecoding.ReadAllText(path), Options));
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
