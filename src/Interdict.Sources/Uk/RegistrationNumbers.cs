using System.Text.RegularExpressions;
using Interdict.Core.Model;

namespace Interdict.Sources.Uk;

/// <summary>
/// Reads the numbers in one item of the UK "(Business Reg No)" part, where the list writes a label before each
/// number in many ways: "OGRN – 1125261000040", "Russian TIN: 7718763393", "OGRN: 1157847282603  TIN: 7840038027",
/// "1027700073466 (Russia). Tax ID No. 7735007358 (Russia)". Each number becomes an identifier on its own, so that a
/// search for the bare INN finds the entry; the words before it choose its type (registration-labels.tsv) and the
/// item's whole text is kept as the note.
/// </summary>
internal static partial class RegistrationNumbers
{
    private const int MinDigits = 4;

    private static readonly IReadOnlyList<(Regex Keyword, IdentifierType Type)> Labels = SourceTable
        .Read(typeof(RegistrationNumbers), "registration-labels.tsv", "keyword", "type", "note")
        .Select(row => (
            new Regex($@"(?<!\w){Regex.Escape(row[0])}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            Enum.Parse<IdentifierType>(row[1])))
        .ToArray();

    private static readonly char[] Separators = [' ', ':', '–', '-', '.', ';', ',', '·', '(', ')'];

    public static IEnumerable<Identifier> Read(string item, IdentifierType fallback, string label)
    {
        var wordsStart = 0;
        foreach (Match token in Token().Matches(item))
        {
            var number = token.Groups["number"].Value;
            // Years and house numbers are not what this field is for; registration numbers are longer.
            if (number.Count(char.IsAsciiDigit) < MinDigits) continue;
            var words = TextCleaning.Clean(item[wordsStart..token.Index].Trim(Separators));
            // A "(Russia)" after the number belongs to it, not to the words before the next number.
            wordsStart = token.Index + token.Length;
            yield return new Identifier(
                words is null ? fallback : TypeOf(words) ?? fallback,
                number.TrimEnd('.', ',', ';'),
                Label: words is null ? label : $"{label}: {words}",
                Note: item);
        }
    }

    private static IdentifierType? TypeOf(string words)
    {
        foreach (var (keyword, type) in Labels)
        {
            if (keyword.IsMatch(words)) return type;
        }
        return null;
    }

    [GeneratedRegex(@"(?<number>[^\s()]+)(\s*\([^()]*\))?")]
    private static partial Regex Token();
}
