namespace Interdict.Sources.Ofac;

/// <summary>
/// Splits OFAC remarks ("DOB 1962; POB Shati; a.k.a. 'X'; Linked To: Y") into their parts. A quoted weak alias
/// ("a.k.a. 'AL-QA'QA'") runs to its closing quote, so a "; " inside the quotes does not split it and apostrophes
/// inside the name do not end it early. Other parts end at the next "; " even when they hold an apostrophe
/// ("POB 'Aniza, Saudi Arabia").
/// </summary>
internal static class OfacRemarkSplitter
{
    private const string Separator = "; ";
    private const string QuoteThenSeparator = "'" + Separator;

    public static List<string> Split(string remarks)
    {
        var parts = new List<string>();
        var text = remarks.AsSpan();
        while (!text.IsEmpty)
        {
            var end = PartLength(text);
            var part = text[..end].Trim();
            if (!part.IsEmpty) parts.Add(part.ToString());
            text = end + Separator.Length <= text.Length ? text[(end + Separator.Length)..] : [];
        }
        return parts;
    }

    private static int PartLength(ReadOnlySpan<char> text)
    {
        var end = QuotedNameStart(text) is var quote and >= 0
            ? AfterClosingQuote(text, quote)
            : text.IndexOf(Separator);
        return end < 0 ? text.Length : end;
    }

    // The opening quote when the part is a quoted name ("a.k.a. 'X'"); -1 otherwise. Most parts have no quote
    // after their first word, which is checked before the label is looked up.
    private static int QuotedNameStart(ReadOnlySpan<char> text)
    {
        var quote = text.IndexOf(" '");
        if (quote < 0 || text[..quote].Contains(Separator, StringComparison.Ordinal)) return -1;
        return OfacLabelTable.Instance.Match(text) is { Label.IsQuotedName: true } match && match.ValueStart == quote + 1
            ? match.ValueStart
            : -1;
    }

    // The separator after the quote that closes the name, or -1 when the name runs to the end.
    private static int AfterClosingQuote(ReadOnlySpan<char> text, int openingQuote)
    {
        var close = text[(openingQuote + 1)..].IndexOf(QuoteThenSeparator);
        return close < 0 ? -1 : openingQuote + 1 + close + 1;
    }
}
