namespace Interdict.Sources.Own;

/// <summary>One identifier as the file writes it, cleaned but not yet checked.</summary>
/// <param name="Written">The identifier as written, for error messages.</param>
internal sealed record OwnIdentifierText(string? Type, string? Value, string? Country, string Written)
{
    public static OwnIdentifierText Create(string? type, string? value, string? country, string written) =>
        new(TextCleaning.Clean(type), TextCleaning.Clean(value), TextCleaning.Clean(country), written);
}

/// <summary>Where an entry is in its file, to name the row or line and the field in error messages.</summary>
/// <param name="Unit">"row" for CSV, "line" for JSON lines.</param>
/// <param name="FieldWord">"column" for CSV, "field" for JSON lines.</param>
internal sealed record EntryPlace(string Path, string Unit, int Number, string FieldWord)
{
    public string Location => $"{Unit} {Number}";

    public ListDataException Error(string? field, string problem) =>
        new(Path, field is null ? Location : $"{Location}, {FieldWord} '{field}'", problem);
}

/// <summary>The fields of one entry as read from either format: cleaned texts, not yet checked.</summary>
internal sealed class OwnEntry
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _items = new(StringComparer.Ordinal);

    public List<OwnIdentifierText> Identifiers { get; } = [];

    public void SetText(string field, string? value)
    {
        if (TextCleaning.Clean(value) is { } text) _texts[field] = text;
    }

    public void AddItem(string field, string? value)
    {
        if (TextCleaning.Clean(value) is not { } text) return;
        if (!_items.TryGetValue(field, out var items)) _items[field] = items = [];
        items.Add(text);
    }

    public string? Text(string field) => _texts.GetValueOrDefault(field);

    public IReadOnlyList<string> Items(string field) => _items.TryGetValue(field, out var items) ? items : [];
}
