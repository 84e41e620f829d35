using System.Text.RegularExpressions;

namespace Interdict.Sources.Au;

/// <summary>
/// Splits the DFAT list's lettered cells, "a) Quetta, Pakistan b) Nimroz Province, Afghanistan", into their items.
/// Only a cell that starts with "a)" is a list, and it is cut only at the next letter in sequence standing on its
/// own, so "Kandahar (b) district" or "Sub-unit b)" inside an item do not cut it.
/// </summary>
internal static partial class LetteredList
{
    public static IReadOnlyList<string> Split(string? text)
    {
        if (text is null) return [];
        var first = FirstMarker().Match(text);
        if (!first.Success) return Item(text) is { } whole ? [whole] : [];
        var items = new List<string>();
        var start = first.Length;
        var expected = 'b';
        foreach (Match marker in LaterMarker().Matches(text, start))
        {
            if (marker.Groups["letter"].Value[0] != expected) continue;
            AddItem(items, text[start..marker.Index]);
            start = marker.Index + marker.Length;
            expected++;
        }
        AddItem(items, text[start..]);
        return items;
    }

    private static void AddItem(List<string> items, string text)
    {
        if (Item(text) is { } item) items.Add(item);
    }

    /// <summary>The item without the separators the list leaves around it ("1945; ", "Approximately 1942, ").</summary>
    private static string? Item(string text) =>
        TextCleaning.Clean(text)?.Trim(' ', ',', ';') is { Length: > 0 } item ? item : null;

    [GeneratedRegex(@"(?<![\p{L}\d(])(?<letter>[b-z])\)")]
    private static partial Regex LaterMarker();

    [GeneratedRegex(@"^\s*a\)")]
    private static partial Regex FirstMarker();
}
