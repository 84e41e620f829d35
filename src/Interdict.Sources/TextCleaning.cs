using System.Text;

namespace Interdict.Sources;

/// <summary>Tidies list values: both lists wrap long values over lines and pad them with spaces (UN country names
/// broken across lines, UK cells ending in no-break spaces), which must not make two equal values differ.</summary>
internal static class TextCleaning
{
    /// <summary>The text with every run of white space made one space and trimmed; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty) return null;
        if (!NeedsCollapsing(span)) return span.Length == text.Length ? text : span.ToString();
        var builder = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool NeedsCollapsing(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsWhiteSpace(span[i]) && (span[i] != ' ' || (i + 1 < span.Length && char.IsWhiteSpace(span[i + 1]))))
                return true;
        }
        return false;
    }
}
