using Interdict.Sources.Ftm;

namespace Interdict.Sources.Loading;

/// <summary>Recognises a list file by its content, never by a name the user types.</summary>
public static class FormatSniffer
{
    /// <exception cref="ListDataException">The file cannot be read, or its start is already broken (a damaged
    /// archive, XML that is not well-formed before its root element).</exception>
    public static DetectedFile Detect(string path)
    {
        var head = FileHead.Read(path);
        if (head.Packaging != Packaging.Workbook && head.Bytes.Length == 0)
            return new DetectedFile(path, null, null, Reason: "the file is empty");
        if (ListFormats.Recognize(head) is { } format) return new DetectedFile(path, format, null);
        if (OfacCsvPartOf(head) is { } part) return new DetectedFile(path, null, part);
        if (FtmDelta.Recognizes(head)) return new DetectedFile(path, null, null, IsFtmDelta: true);
        return new DetectedFile(path, null, null, Reason: Describe(head));
    }

    /// <summary>OFAC's legacy CSV files have no header: a numeric entry number first, and a fixed column count.</summary>
    private static OfacCsvPart? OfacCsvPartOf(FileHead head)
    {
        var fields = head.FirstRow(',');
        if (fields.Count == 0 || fields[0].Length == 0 || !fields[0].All(char.IsAsciiDigit)) return null;
        return fields.Count switch
        {
            12 => OfacCsvPart.Main,
            6 => OfacCsvPart.Addresses,
            5 => OfacCsvPart.Aliases,
            2 => OfacCsvPart.Comments,
            _ => null,
        };
    }

    private static string Describe(FileHead head)
    {
        var packed = head.Packaging switch
        {
            Packaging.Gzip => " (inside gzip)",
            Packaging.Zip => " (inside a zip archive)",
            _ => "",
        };
        if (head.Packaging == Packaging.Workbook) return "an Excel workbook of no list format Interdict reads";
        if (head.IsXml) return $"XML with root element <{head.XmlRoot}>{packed} (not a format read yet)";
        return $"a text file{packed} whose first row has {head.FirstRow(',').Count} comma-separated field(s)";
    }
}
