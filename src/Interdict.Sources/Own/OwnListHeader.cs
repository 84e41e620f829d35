using System.Globalization;
using System.Text.RegularExpressions;
using Interdict.Core.Model;

namespace Interdict.Sources.Own;

/// <summary>
/// What an own list states about itself on its first line: its name (which makes the source id "own-&lt;name&gt;"),
/// its kind (block or allow) and optionally its publication date. Both formats give these as key/value pairs and
/// are checked here the same way.
/// </summary>
internal sealed partial record OwnListHeader(string Name, ListKind Kind, DateOnly? Published)
{
    public const string NameKey = "name";
    public const string KindKey = "kind";
    public const string PublishedKey = "published";
    private static readonly string[] Keys = [NameKey, KindKey, PublishedKey];

    public string SourceId => $"own-{Name}";

    /// <summary>Checks the stated pairs; <paramref name="error"/> makes the exception naming the header's place.</summary>
    /// <exception cref="ListDataException">A key is unknown, name or kind is missing or invalid, or the date is not
    /// yyyy-mm-dd.</exception>
    public static OwnListHeader Create(IReadOnlyDictionary<string, string> values, Func<string, ListDataException> error)
    {
        foreach (var key in values.Keys)
        {
            if (!Keys.Contains(key))
                throw error($"unknown key '{key}' in the list header: the keys are {string.Join(", ", Keys)}");
        }
        var name = values.GetValueOrDefault(NameKey) ?? throw error("the list header gives no name");
        if (!ValidName().IsMatch(name))
            throw error($"list name '{name}' must be 1 to 40 characters of a-z, 0-9 and '-', starting with a letter or digit");
        var kind = values.GetValueOrDefault(KindKey) switch
        {
            "block" => ListKind.Block,
            "allow" => ListKind.Allow,
            null => throw error("the list header gives no kind: write block or allow"),
            var other => throw error($"unknown list kind '{other}': write block or allow"),
        };
        return new OwnListHeader(name, kind, ParsePublished(values.GetValueOrDefault(PublishedKey), error));
    }

    private static DateOnly? ParsePublished(string? text, Func<string, ListDataException> error)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw error($"published date '{text}' is not a yyyy-mm-dd date");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex ValidName();
}
