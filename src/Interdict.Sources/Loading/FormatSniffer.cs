using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;

namespace Interdict.Sources.Loading;

/// <summary>Recognises a list file by its first bytes, never by a name the user types.</summary>
public static class FormatSniffer
{
    private const int HeadLength = 16 * 1024;

    public static DetectedFile Detect(string path)
    {
        var head = ReadHead(path);
        if (head.Length == 0) return new DetectedFile(path, ListFormat.Unknown, "the file is empty");
        if (head.AsSpan().StartsWith("PK\u0003\u0004"u8)) return DetectZip(path);
        if (head.AsSpan().StartsWith("\u001f\u008b"u8))
            return new DetectedFile(path, ListFormat.Unknown, "a gzip file (not a format read yet)");

        var body = head.AsSpan();
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        var text = Encoding.Latin1.GetString(body).TrimStart();
        if (text.StartsWith('<')) return DetectXml(path);
        return DetectCsv(path, text);
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(HeadLength, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static DetectedFile DetectZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("xl/workbook.xml") is not null
                ? new DetectedFile(path, ListFormat.OfsiXlsx)
                : new DetectedFile(path, ListFormat.Unknown, "a zip archive that is not an Excel workbook");
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the zip archive is damaged or truncated ({e.Message})", e);
        }
    }

    private static DetectedFile DetectXml(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, ListXml.Settings);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "sdnList" => new DetectedFile(path, ListFormat.OfacXml),
                "CONSOLIDATED_LIST" => new DetectedFile(path, ListFormat.UnXml),
                var root => new DetectedFile(path, ListFormat.Unknown, $"XML with root element <{root}> (not a format read yet)"),
            };
        }
        catch (XmlException e)
        {
            throw ListXml.Malformed(path, e);
        }
    }

    private static DetectedFile DetectCsv(string path, string head)
    {
        var firstLines = head[..Math.Max(head.LastIndexOf('\n'), 0)];
        if (firstLines.Length == 0) firstLines = head;
        using var csv = CsvReader.FromText(firstLines, new CsvReaderOptions { HasHeader = false, Separator = ',' });
        if (!csv.Read()) return new DetectedFile(path, ListFormat.Unknown, "no rows");
        var fields = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray();
        if (fields.Length > 0 && fields[0].Trim() == "Last Updated") return new DetectedFile(path, ListFormat.OfsiCsv);
        if (fields.Contains("Group ID") && fields.Contains("Name 6")) return new DetectedFile(path, ListFormat.OfsiCsv);
        if (fields.Length > 0 && fields[0].Length > 0 && fields[0].All(char.IsAsciiDigit))
        {
            var format = fields.Length switch
            {
                12 => ListFormat.OfacCsvMain,
                6 => ListFormat.OfacCsvAddresses,
                5 => ListFormat.OfacCsvAliases,
                2 => ListFormat.OfacCsvComments,
                _ => ListFormat.Unknown,
            };
            if (format != ListFormat.Unknown) return new DetectedFile(path, format);
        }
        return new DetectedFile(path, ListFormat.Unknown, $"a text file whose first row has {fields.Length} field(s)");
    }
}
