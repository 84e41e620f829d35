using System.Xml.Linq;

namespace Interdict.Sources.Un;

/// <summary>Reads values out of one UN entry's elements, tidied of the list's line wrapping.</summary>
internal static class UnElements
{
    /// <summary>The cleaned text of the child <paramref name="name"/>; null when absent or blank.</summary>
    public static string? Text(XElement parent, string name) => TextCleaning.Clean(parent.Element(name)?.Value);

    public static string? Text(XElement element) => TextCleaning.Clean(element.Value);

    /// <summary>The cleaned VALUE children of a multi-valued element such as NATIONALITY or TITLE.</summary>
    public static IEnumerable<string> Values(XElement element) =>
        element.Elements("VALUE").Select(Text).OfType<string>();

    /// <summary>The non-blank parts joined with ", ", or null when all are blank.</summary>
    public static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => p is not null).ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }
}
