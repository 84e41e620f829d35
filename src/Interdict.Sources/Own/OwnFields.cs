namespace Interdict.Sources.Own;

/// <summary>How a field of an own list holds its value.</summary>
internal enum FieldShape
{
    /// <summary>One text.</summary>
    Text,
    /// <summary>Several texts: '|'-separated in a CSV cell, an array of strings in JSON.</summary>
    Texts,
    /// <summary>Several identifiers: "type:value[:country]" '|'-separated in CSV, an array of objects in JSON.</summary>
    Identifiers,
}

/// <summary>The fields of an own list's entries: the same names are the CSV columns and the JSON keys.</summary>
internal static class OwnFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Schema = "schema";
    public const string Aliases = "aliases";
    public const string BirthDates = "birth_dates";
    public const string Countries = "countries";
    public const string Identifiers = "identifiers";
    public const string Notes = "notes";

    /// <summary>Every field with its shape, in the order the documentation gives them.</summary>
    public static IReadOnlyList<(string Name, FieldShape Shape)> All { get; } =
    [
        (Id, FieldShape.Text),
        (Name, FieldShape.Text),
        (Schema, FieldShape.Text),
        (Aliases, FieldShape.Texts),
        (BirthDates, FieldShape.Texts),
        (Countries, FieldShape.Texts),
        (Identifiers, FieldShape.Identifiers),
        (Notes, FieldShape.Text),
    ];

    /// <summary>The fields every entry must fill, and so every CSV header must name.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Name, Schema];

    public static string[] Names { get; } = [.. All.Select(entry => entry.Name)];

    public static string Known => string.Join(", ", Names);

    /// <summary>The shape of a field, or null for a name that is not a field (a typo, a column of another format).</summary>
    public static FieldShape? ShapeOf(string name)
    {
        foreach (var field in All)
        {
            if (field.Name == name) return field.Shape;
        }
        return null;
    }
}
