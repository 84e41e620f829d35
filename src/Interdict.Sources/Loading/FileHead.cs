using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.Loading;

/// <summary>
/// The start of a list file's content, as <see cref="IListFormat"/>s see it to recognise their files: the first
/// bytes (decompressed when the file is gzip or a zip of one file), and views computed on demand: the root element
/// of XML, the first row of delimited text, the first rows of a workbook's first sheet.
/// </summary>
public sealed class FileHead
{
    private const int HeadLength = 16 * 1024;
    private const int WorkbookRowsRead = 5;

    private readonly Lazy<(string? Name, string? Namespace)> _xmlRoot;
    private readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> _workbookRows;

    private FileHead(string path, Packaging packaging, byte[] bytes)
    {
        Path = path;
        Packaging = packaging;
        Bytes = bytes;
        var body = bytes.AsSpan();
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        Text = Encoding.Latin1.GetString(body).TrimStart();
        _xmlRoot = new(ReadXmlRoot);
        _workbookRows = new(ReadWorkbookRows);
    }

    public string Path { get; }

    public Packaging Packaging { get; }

    /// <summary>Up to 16 KiB of content, decompressed.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The bytes as Latin-1 text (every byte maps to one character, so nothing fails to decode), without a
    /// UTF-8 byte order mark or leading white space. Empty for a workbook.</summary>
    public string Text { get; }

    public bool IsXml => Packaging != Packaging.Workbook && Text.StartsWith('<');

    /// <summary>The local name of the root element; null when the content is not XML.</summary>
    /// <exception cref="ListDataException">The content starts like XML but is not well-formed before its root.</exception>
    public string? XmlRoot => _xmlRoot.Value.Name;

    /// <summary>The namespace URI of the root element ("" when it has none); null when the content is not XML.</summary>
    public string? XmlNamespace => _xmlRoot.Value.Namespace;

    /// <summary>The first rows of the first worksheet, each cell as text; empty unless this is a workbook.</summary>
    public IReadOnlyList<IReadOnlyList<string>> WorkbookRows => _workbookRows.Value;

    /// <summary>The fields of the first complete line of delimited text, split on <paramref name="separator"/> with
    /// quoting; empty when the content is XML, a workbook or binary.</summary>
    public IReadOnlyList<string> FirstRow(char separator)
    {
        if (IsXml || Packaging == Packaging.Workbook || Text.Length == 0) return [];
        var end = Text.IndexOf('\n');
        var firstLine = end < 0 ? Text : Text[..end];
        using var csv = CsvReader.FromText(firstLine, new CsvReaderOptions { HasHeader = false, Separator = separator });
        if (!csv.Read()) return [];
        return [.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)];
    }

    /// <exception cref="ListDataException">The file cannot be read, or is an archive that is damaged or does not
    /// hold exactly one file.</exception>
    public static FileHead Read(string path)
    {
        var raw = ReadStart(path);
        if (raw.AsSpan().StartsWith("PK\u0003\u0004"u8)) return ReadZip(path);
        // Bytes, not a u8 string: "\u008b"u8 would be UTF-8's two bytes C2 8B.
        if (raw.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x1f, 0x8b])) return new FileHead(path, Packaging.Gzip, ReadGzipStart(path));
        return new FileHead(path, Packaging.Plain, raw);
    }

    private static byte[] ReadStart(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return ReadUpTo(stream, HeadLength);
        }
        catch (IOException e)
        {
            throw new ListDataException(path, null, $"cannot be read: {e.Message}", e);
        }
    }

    private static byte[] ReadGzipStart(string path)
    {
        try
        {
            using var stream = ListContent.Open(path);
            return ReadUpTo(stream, HeadLength);
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the gzip file is damaged ({e.Message})", e);
        }
    }

    private static FileHead ReadZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("xl/workbook.xml") is not null) return new FileHead(path, Packaging.Workbook, []);
            using var entry = ListContent.SingleEntry(path, zip).Open();
            return new FileHead(path, Packaging.Zip, ReadUpTo(entry, HeadLength));
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the zip archive is damaged or truncated ({e.Message})", e);
        }
    }

    private static byte[] ReadUpTo(Stream stream, int length)
    {
        var buffer = new byte[length];
        var read = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
        return buffer[..read];
    }

    private (string?, string?) ReadXmlRoot()
    {
        if (!IsXml) return (null, null);
        try
        {
            using var stream = new MemoryStream(Bytes.ToArray());
            using var reader = XmlReader.Create(stream, ListXml.Settings);
            reader.MoveToContent();
            return (reader.LocalName, reader.NamespaceURI);
        }
        catch (XmlException e)
        {
            throw ListXml.Malformed(Path, e);
        }
    }

    private List<IReadOnlyList<string>> ReadWorkbookRows()
    {
        var rows = new List<IReadOnlyList<string>>();
        if (Packaging != Packaging.Workbook) return rows;
        using var sheet = XlsxRows.Open(Path);
        while (rows.Count < WorkbookRowsRead && sheet.Next() is { } row) rows.Add([.. row.Select(cell => cell ?? "")]);
        return rows;
    }
}
