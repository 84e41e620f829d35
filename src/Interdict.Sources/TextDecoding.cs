using System.Text;

namespace Interdict.Sources;

/// <summary>Decodes list files whose format does not declare an encoding (OFAC's CSV, OFSI's CSV, the US screening
/// list), after decompressing them when they are packed (<see cref="Loading.ListContent"/>).</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the whole file as UTF-8 when its bytes are valid UTF-8, and as Latin-1 otherwise: OFAC has published
    /// its CSV files in Latin-1 on some dates. A byte-order mark is dropped.
    /// </summary>
    /// <exception cref="ListDataException">A packed file is damaged or truncated.</exception>
    public static string ReadAllText(string path)
    {
        var bytes = ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(span);
        }
    }

    private static byte[] ReadAllBytes(string path)
    {
        using var content = Loading.ListContent.Open(path);
        using var buffer = new MemoryStream();
        try
        {
            content.CopyTo(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the compressed content is damaged or truncated ({e.Message})", e);
        }
        return buffer.ToArray();
    }
}
