using System.Collections.Frozen;
using System.Text;
using AnyAscii;
using Interdict.Core.Data;

namespace Interdict.Core.Text;

/// <summary>
/// Resolves the ways lists and queries write a country — ISO 3166-1 codes, short and official names, each list's
/// variants ("Korea, North", "Iran (Islamic Republic of)", "Congo (Democratic Republic)"), demonyms and the
/// historical names lists still carry ("USSR", "Burma", "Zaire") — to one ISO alpha-2 code, so that a query's
/// country can be compared with a listed party's nationalities, addresses and flags. The forms live in
/// Data/countries.tsv; matching ignores case, accents, punctuation and a leading "the".
/// </summary>
public static class Countries
{
    private static readonly Lazy<CountryTable> Table = new(CountryTable.LoadEmbedded);

    /// <summary>The alpha-2 codes of every country and territory in the table, in table order.</summary>
    public static IReadOnlyList<string> Codes => Table.Value.Codes;

    /// <summary>
    /// The alpha-2 code for one country written as a code, a name, a list variant or a demonym ("KP", "PRK",
    /// "Korea, North", "north korea", "North Korean"), or null when the text is not exactly one known country.
    /// Codes count only in capitals: lists write "na" for "not available", and "in", "no" or "to" are words.
    /// </summary>
    public static string? ToCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var table = Table.Value;
        var trimmed = text.AsSpan().Trim();
        if (table.CodeLookup.TryGetValue(trimmed, out var code)) return code;
        return table.TryName(Fold(text), out var form) ? form.Code : null;
    }

    /// <summary>The English short name for an alpha-2 or alpha-3 code in any case ("KP" → "North Korea"), or
    /// null for a code the table does not have.</summary>
    public static string? NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Table.Value.NamesByCode.GetValueOrDefault(code.Trim());
    }

    /// <summary>
    /// The countries a free text names, such as an address ("Tehran, Iran"), a place of birth ("Former USSR,
    /// now Ukraine") or a cell listing several nationalities ("(1) Russia (2) Cyprus"). Comma-separated parts are
    /// read from the last, where addresses put the country, to the first; within a part, from left to right.
    /// A historical name counts only when the text names no present-day country, so "USSR (now Moldova)" is
    /// Moldova alone. Codes count only as a whole part in capitals ("Moscow, RU").
    /// </summary>
    public static IReadOnlyList<string> CodesIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        var folded = Fold(text);
        var parts = SplitParts(folded);
        var found = new List<CountryForm>();
        var words = new List<Range>();
        var last = parts.Count - 1;
        while (last >= 0)
        {
            var first = FindNameAcrossParts(table, folded, parts, last, found);
            if (first >= 0)
            {
                last = first - 1;
                continue;
            }
            ScanPart(table, folded, parts[last], words, found);
            last--;
        }
        return DropSupersededNames(found);
    }

    /// <summary>Folds accented and other non-ASCII letters to ASCII ("Türkiye" → "Turkiye"); only text that
    /// needs it is copied.</summary>
    private static string Fold(string text) => Ascii.IsValid(text) ? text : text.Transliterate();

    private static List<Range> SplitParts(string text)
    {
        var parts = new List<Range>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not (',' or ';')) continue;
            parts.Add(start..i);
            start = i + 1;
        }
        return parts;
    }

    /// <summary>Some names hold a comma ("Korea, North", "Man, Isle of", "China, Hong Kong Special
    /// Administrative Region"): tries the last part together with the parts before it, as many as a name in the
    /// table spans and longest first, and returns the index of the first part used, or -1.</summary>
    private static int FindNameAcrossParts(
        CountryTable table, string text, List<Range> parts, int last, List<CountryForm> found)
    {
        for (var first = Math.Max(0, last - table.MaxPartsInName + 1); first < last; first++)
        {
            var span = text.AsSpan()[parts[first].Start.Value..parts[last].End.Value];
            if (!table.TryName(span, out var form)) continue;
            found.Add(form);
            return first;
        }
        return -1;
    }

    /// <summary>Finds names inside one part, longest first at each word, so "Congo (Democratic Republic)" is
    /// one country and "Iraq (previous address)" is Iraq.</summary>
    private static void ScanPart(CountryTable table, string text, Range part, List<Range> words, List<CountryForm> found)
    {
        var span = text.AsSpan()[part];
        if (table.CodeLookup.TryGetValue(span.Trim(), out var code))
        {
            found.Add(new CountryForm(code, IsFormer: false));
            return;
        }
        words.Clear();
        CountryKey.SplitWords(span, part.Start.Value, words);
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            for (var n = Math.Min(table.MaxWordsInName, words.Count - i); n > 0 && matched == 0; n--)
            {
                var candidate = text.AsSpan()[words[i].Start.Value..words[i + n - 1].End.Value];
                if (!table.TryName(candidate, out var form)) continue;
                found.Add(form);
                matched = n;
            }
            i += Math.Max(matched, 1);
        }
    }

    /// <summary>The codes found, each once, dropping historical names when a present-day one is there.</summary>
    private static List<string> DropSupersededNames(List<CountryForm> found)
    {
        var anyPresentDay = found.Exists(f => !f.IsFormer);
        var codes = new List<string>(found.Count);
        foreach (var form in found)
        {
            if (anyPresentDay && form.IsFormer) continue;
            if (!codes.Contains(form.Code)) codes.Add(form.Code);
        }
        return codes;
    }

    /// <summary>One way of writing a country; historical forms ("USSR", "Zaire") are marked as former.</summary>
    internal readonly record struct CountryForm(string Code, bool IsFormer);

    /// <summary>The country table, read once from the embedded Data/countries.tsv and checked as it is read.</summary>
    internal sealed class CountryTable
    {
        private const string ResourceName = "Interdict.Core.Data.countries.tsv";
        private static readonly string[] Columns = ["alpha2", "alpha3", "name", "aliases", "demonyms", "former", "note"];

        private readonly FrozenDictionary<string, CountryForm>.AlternateLookup<ReadOnlySpan<char>> _names;

        private CountryTable(
            List<string> codes,
            Dictionary<string, string> codeLookup,
            Dictionary<string, string> namesByCode,
            Dictionary<string, CountryForm> names)
        {
            Codes = codes.AsReadOnly();
            CodeLookup = codeLookup.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            NamesByCode = namesByCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            _names = names.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            MaxKeyLength = names.Keys.Max(k => k.Length);
        }

        public IReadOnlyList<string> Codes { get; }

        /// <summary>Alpha-2 and alpha-3 codes, in capitals only.</summary>
        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup { get; }

        public FrozenDictionary<string, string> NamesByCode { get; }

        public int MaxKeyLength { get; }

        public int MaxWordsInName { get; private init; }

        public int MaxPartsInName { get; private init; }

        /// <summary>Looks up a name by its key (ASCII text in, no allocation); text longer than any name is
        /// no name.</summary>
        public bool TryName(ReadOnlySpan<char> asciiText, out CountryForm form)
        {
            form = default;
            // Room for a leading "the", which the key drops.
            Span<char> buffer = stackalloc char[MaxKeyLength + 4];
            return CountryKey.TryWrite(asciiText, buffer, out var key) && _names.TryGetValue(key, out form);
        }

        public static CountryTable LoadEmbedded() => Build(EmbeddedTable.Read("countries.tsv", Columns), ResourceName);

        /// <summary>Reads a table in the embedded table's format (for tests of malformed tables).</summary>
        public static CountryTable Parse(TextReader reader, string source) => Build(EmbeddedTable.Parse(reader, source, Columns), source);

        /// <summary>Refuses the table whole, naming the line, when a row is malformed or one form would name two
        /// countries.</summary>
        private static CountryTable Build(IReadOnlyList<TableRow> rows, string source)
        {
            var codes = new List<string>();
            var codeLookup = new Dictionary<string, string>(StringComparer.Ordinal);
            var namesByCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var names = new Dictionary<string, CountryForm>(StringComparer.Ordinal);
            var (maxWords, maxParts) = (0, 0);
            foreach (var row in rows)
            {
                var where = row.Where;
                var (alpha2, alpha3, name) = (row[0], row[1], row[2]);
                if (!IsCode(alpha2, 2) || !IsCode(alpha3, 3))
                    throw new InvalidDataException($"{where}: '{alpha2}' / '{alpha3}' are not alpha-2 / alpha-3 codes.");
                if (!codeLookup.TryAdd(alpha2, alpha2) || !codeLookup.TryAdd(alpha3, alpha2))
                    throw new InvalidDataException($"{where}: the code {alpha2} or {alpha3} is already in the table.");
                if (name.Length == 0) throw new InvalidDataException($"{where}: {alpha2} has no name.");
                codes.Add(alpha2);
                namesByCode[alpha2] = name;
                namesByCode[alpha3] = name;
                var forms = new[] { name }.Concat(Alternatives(row[3])).Concat(Alternatives(row[4]))
                    .Select(f => (Text: f, IsFormer: false))
                    .Concat(Alternatives(row[5]).Select(f => (Text: f, IsFormer: true)));
                foreach (var (text, isFormer) in forms)
                {
                    var key = CountryKey.Of(text)
                        ?? throw new InvalidDataException($"{where}: the form '{text}' has no letters.");
                    var known = names.GetValueOrDefault(key);
                    if (known.Code is not null && known.Code != alpha2)
                        throw new InvalidDataException(
                            $"{where}: the form '{text}' of {alpha2} is already a form of {known.Code}.");
                    // A form written both as current and as former counts as current.
                    if (known.Code is null || known.IsFormer) names[key] = new CountryForm(alpha2, isFormer);
                    maxWords = Math.Max(maxWords, CountryKey.CountWords(text));
                    maxParts = Math.Max(maxParts, text.Count(c => c is ',' or ';') + 1);
                }
            }
            if (codes.Count == 0) throw new InvalidDataException($"{source}: the table has no rows.");
            return new CountryTable(codes, codeLookup, namesByCode, names)
            {
                MaxWordsInName = maxWords,
                MaxPartsInName = maxParts,
            };
        }

        private static string[] Alternatives(string field) =>
            field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static bool IsCode(string text, int length) =>
            text.Length == length && text.All(char.IsAsciiLetterUpper);
    }

    /// <summary>
    /// The lookup key of a form: its ASCII letters and digits in lower case with the words run together, so that
    /// case, spacing and punctuation do not matter ("Korea, North" = "korea north", "Cote d Ivoire" =
    /// "Côte d'Ivoire"); "&amp;" reads as "and" and a leading "the" is dropped ("The Gambia" = "Gambia").
    /// </summary>
    private static class CountryKey
    {
        public static string? Of(string form)
        {
            var ascii = Fold(form);
            var buffer = new char[ascii.Length * 3];
            return TryWrite(ascii, buffer, out var key) ? key.ToString() : null;
        }

        /// <summary>Writes the key of ASCII text into the buffer; false when it has no letters or does not fit.</summary>
        public static bool TryWrite(ReadOnlySpan<char> text, Span<char> buffer, out ReadOnlySpan<char> key)
        {
            key = default;
            var (length, words, firstWordEnd, inWord) = (0, 0, 0, false);
            foreach (var c in text)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (!inWord) words++;
                    inWord = true;
                    if (length == buffer.Length) return false;
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    inWord = false;
                    if (c != '&') continue;
                    words++;
                    if (length + 3 > buffer.Length) return false;
                    "and".CopyTo(buffer[length..]);
                    length += 3;
                }
                if (words == 1) firstWordEnd = length;
            }
            if (length == 0) return false;
            var start = words > 1 && firstWordEnd == 3 && buffer[..3].SequenceEqual("the") ? 3 : 0;
            key = buffer[start..length];
            return true;
        }

        /// <summary>Adds the words of ASCII text (runs of letters and digits, and each "&amp;") as ranges
        /// shifted by offset.</summary>
        public static void SplitWords(ReadOnlySpan<char> text, int offset, List<Range> words)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    if (start < 0) start = i;
                    continue;
                }
                if (start >= 0) words.Add((offset + start)..(offset + i));
                start = -1;
                if (i < text.Length && text[i] == '&') words.Add((offset + i)..(offset + i + 1));
            }
        }

        public static int CountWords(string form)
        {
            var words = new List<Range>();
            SplitWords(Fold(form), 0, words);
            return words.Count;
        }
    }
}
