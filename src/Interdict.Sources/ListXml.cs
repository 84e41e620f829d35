using System.Xml;

namespace Interdict.Sources;

/// <summary>What every XML list reader shares: safe settings, and errors that say where in the file they are.</summary>
internal static class ListXml
{
    /// <summary>No DTDs and no external resolution: list files come from outside and must not fetch anything.</summary>
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Reads a list's XML whatever its packaging (plain, gzip, single-file zip), the reader positioned on
    /// the root element. Parser errors (truncation, bytes that are not the declared encoding), damaged archives and
    /// read errors become <see cref="ListDataException"/>s naming the file and, for parser errors, the line.</summary>
    public static T Read<T>(string path, Func<XmlReader, T> read)
    {
        try
        {
            using var content = Loading.ListContent.Open(path);
            using var reader = XmlReader.Create(content, Settings);
            reader.MoveToContent();
            return read(reader);
        }
        catch (XmlException e)
        {
            throw Malformed(path, e);
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the compressed content is damaged or truncated ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new ListDataException(path, null, $"cannot be read: {e.Message}", e);
        }
    }

    /// <summary>A parser error as a list error. Invalid bytes for the declared encoding and truncation both surface
    /// as parser errors; the parser knows where it stopped.</summary>
    public static ListDataException Malformed(string path, XmlException e) =>
        new(path, $"line {e.LineNumber}, position {e.LinePosition}", $"not well-formed XML: {Describe(e)}", e);

    /// <summary>Where the reader is, for errors about an element: "line 88".</summary>
    public static string Line(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "line unknown";

    /// <summary>The parser's message without the location it appends (already in the error's location) and with
    /// control characters spelled out: Latin-1 text read as UTF-8 turns into them.</summary>
    private static string Describe(XmlException e)
    {
        var message = e.Message;
        var suffix = $" Line {e.LineNumber}, position {e.LinePosition}.";
        if (message.EndsWith(suffix, StringComparison.Ordinal)) message = message[..^suffix.Length];
        return string.Concat(message.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
