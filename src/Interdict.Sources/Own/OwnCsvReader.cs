using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.Own;

/// <summary>
/// Reads a firm's own list as CSV (docs/own-lists.md): row 1 the list header "# interdict-list: name=… kind=…",
/// row 2 the column names, then one entry per row. Several values in a cell are separated by '|'; an identifier is
/// "type:value" or "type:value:country".
/// </summary>
public static partial class OwnCsvReader
{
    public const string Format = "Interdict own list CSV";
    public const char ValueSeparator = '|';
    private const char IdentifierSeparator = ':';

    /// <summary>Whether a first cell is the list header: Excel may add spaces, so only the words are fixed.</summary>
    public static bool IsListHeader(string? cell) => cell is not null && ListHeader().IsMatch(cell);

    /// <exception cref="ListDataException">The file is missing or breaks the format; the message names the row
    /// and the column.</exception>
    public static LoadedList Read(string path)
    {
        using var rows = CsvRows.Open(path);
        var header = ReadListHeader(path, rows.Next());
        var columns = ReadColumns(path, rows.Next());
        var list = new OwnListAssembler(path, header);
        while (rows.Next() is { } row)
        {
            if (row.All(cell => cell is null)) continue;
            var place = new EntryPlace(path, "row", rows.RowNumber, "column");
            if (row.Count != columns.Count)
                throw place.Error(null, $"{row.Count} cells where the header names {columns.Count} columns");
            list.Add(ReadEntry(row, columns, place), place);
        }
        return list.Build(Format);
    }

    /// <summary>The header's pairs, separated by spaces; a spreadsheet that split them into cells at commas is
    /// read the same.</summary>
    private static OwnListHeader ReadListHeader(string path, IReadOnlyList<string?>? row)
    {
        ListDataException Error(string problem) => new(path, "row 1", problem);
        var text = row is null ? null : string.Join(' ', row.OfType<string>());
        if (text is null || ListHeader().Match(text) is not { Success: true } match)
            throw Error("not an Interdict own list: row 1 must be the list header '# interdict-list: name=<name> kind=block|allow'");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in match.Groups["pairs"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
                throw Error($"'{pair}' in the list header is not key=value");
            if (!values.TryAdd(pair[..equals], pair[(equals + 1)..]))
                throw Error($"the list header gives '{pair[..equals]}' twice");
        }
        return OwnListHeader.Create(values, Error);
    }

    /// <summary>The field of each column, by the header's names (any order, any case); the required ones must be
    /// there and an unknown name is refused rather than its column silently dropped.</summary>
    private static List<string> ReadColumns(string path, IReadOnlyList<string?>? row)
    {
        if (row is null) throw new ListDataException(path, "row 2", "no header row naming the columns");
        var columns = new List<string>(row.Count);
        for (var i = 0; i < row.Count; i++)
        {
            var name = row[i]?.ToLowerInvariant()
                ?? throw new ListDataException(path, "row 2", $"column {i + 1} has no name: the columns are {OwnFields.Known}");
            if (OwnFields.ShapeOf(name) is null)
                throw new ListDataException(path, $"row 2, column '{row[i]}'", $"unknown column '{row[i]}': the columns are {OwnFields.Known}");
            if (columns.Contains(name))
                throw new ListDataException(path, $"row 2, column '{row[i]}'", $"column '{name}' appears twice");
            columns.Add(name);
        }
        foreach (var required in OwnFields.Required.Where(required => !columns.Contains(required)))
            throw new ListDataException(path, "row 2", $"no '{required}' column: the header must name {string.Join(", ", OwnFields.Required)}");
        return columns;
    }

    private static OwnEntry ReadEntry(IReadOnlyList<string?> row, List<string> columns, EntryPlace place)
    {
        var entry = new OwnEntry();
        for (var i = 0; i < columns.Count; i++)
        {
            var field = columns[i];
            switch (OwnFields.ShapeOf(field))
            {
                case FieldShape.Text:
                    entry.SetText(field, row[i]);
                    break;
                case FieldShape.Texts:
                    foreach (var item in Split(row[i])) entry.AddItem(field, item);
                    break;
                case FieldShape.Identifiers:
                    foreach (var item in Split(row[i])) entry.Identifiers.Add(ParseIdentifier(item, place));
                    break;
            }
        }
        return entry;
    }

    private static string[] Split(string? cell) =>
        cell?.Split(ValueSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static OwnIdentifierText ParseIdentifier(string text, EntryPlace place)
    {
        var parts = text.Split(IdentifierSeparator);
        if (parts.Length is < 2 or > 3)
            throw place.Error(OwnFields.Identifiers,
                $"malformed identifier '{text}': write type:value or type:value:country, e.g. passport:AB123456:RU (a value holding ':' needs the JSON lines format)");
        return OwnIdentifierText.Create(parts[0], parts[1], parts.Length == 3 ? parts[2] : null, text);
    }

    [GeneratedRegex(@"^#\s*interdict-list\s*:(?<pairs>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeader();
}
