using System.Globalization;

namespace Interdict.Sources.Uk;

/// <summary>
/// Splits the UK list's numbered cells, "(1) Germany. (2) Morocco", into their items. Only a cell that starts with
/// "(1)" is a list, and it is cut only at the next number in sequence, so "+375 (17) 213-41-63" stays whole.
/// </summary>
internal static class NumberedList
{
    /// <summary>The items in order; an item the list marks as empty ("-") is null so that items of parallel cells
    /// (passport numbers and their details) stay aligned.</summary>
    public static IReadOnlyList<string?> Split(string? text)
    {
        if (text is null) return [];
        if (!text.StartsWith("(1)", StringComparison.Ordinal)) return [Item(text)];
        var items = new List<string?>();
        var start = 3;
        for (var next = 2; ; next++)
        {
            var marker = $"({next.ToString(CultureInfo.InvariantCulture)})";
            var at = text.IndexOf(marker, start, StringComparison.Ordinal);
            if (at < 0)
            {
                items.Add(Item(text[start..]));
                return items;
            }
            items.Add(Item(text[start..at]));
            start = at + marker.Length;
        }
    }

    /// <summary>Pairs the items of two parallel cells by position. A cell with one item applies to every item of
    /// the other ("Afghanistan" as the country of three towns of birth).</summary>
    public static IEnumerable<(string? First, string? Second)> Pair(IReadOnlyList<string?> first, IReadOnlyList<string?> second)
    {
        var count = Math.Max(first.Count, second.Count);
        for (var i = 0; i < count; i++) yield return (At(first, i), At(second, i));
    }

    private static string? At(IReadOnlyList<string?> items, int index) =>
        items.Count == 1 ? items[0] : index < items.Count ? items[index] : null;

    private static string? Item(string text)
    {
        var item = TextCleaning.Clean(text)?.TrimEnd('.', ';', ',', ' ');
        return string.IsNullOrEmpty(item) || item == "-" ? null : item;
    }
}
