using System.Text;

namespace Interdict.Sources;

/// <summary>Decodes list files whose format does not declare an encoding (OFAC's CSV, OFSI's CSV).</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the whole file as UTF-8 when its bytes are valid UTF-8, and as Latin-1 otherwise: OFAC has published
    /// its CSV files in Latin-1 on some dates. A byte-order mark is dropped.
    /// </summary>
    public static string ReadAllText(string path)
    {
        var bytes = File.ReadAllBytes(path);
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
}
