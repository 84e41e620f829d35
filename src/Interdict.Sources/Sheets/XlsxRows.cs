using System.Globalization;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Interdict.Sources.Sheets;

/// <summary>Streams the first worksheet of an xlsx workbook with ExcelDataReader.</summary>
internal sealed class XlsxRows : ISheetRows
{
    private readonly string _path;
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;

    static XlsxRows()
    {
        // ExcelDataReader's configuration asks for code page 1252 even for xlsx, where it is never used.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private XlsxRows(string path, Stream stream, IExcelDataReader reader)
    {
        _path = path;
        _stream = stream;
        _reader = reader;
    }

    public int RowNumber { get; private set; }

    /// <exception cref="ListDataException">The file is missing or not a complete xlsx workbook.</exception>
    public static XlsxRows Open(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (IOException e)
        {
            throw new ListDataException(path, null, $"cannot be read: {e.Message}", e);
        }
        try
        {
            return new XlsxRows(path, stream, ExcelReaderFactory.CreateOpenXmlReader(stream));
        }
        catch (Exception e) when (IsDamage(e))
        {
            stream.Dispose();
            throw new ListDataException(path, null, $"not a complete xlsx workbook: {e.Message}", e);
        }
    }

    public IReadOnlyList<string?>? Next()
    {
        try
        {
            if (!_reader.Read()) return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new ListDataException(_path, $"row {RowNumber + 1}", $"the worksheet is damaged: {e.Message}", e);
        }
        RowNumber++;
        var cells = new string?[_reader.FieldCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = Text(_reader.GetValue(i));
        return cells;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    // OFSI writes every cell as text; a workbook re-saved by Excel may turn Group IDs into numbers and dates into
    // dates, which read back as the list's own wording.
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => TextCleaning.Clean(text),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => TextCleaning.Clean(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static bool IsDamage(Exception e) =>
        e is IOException or InvalidDataException or XmlException or ExcelReaderException or FormatException;
}
