using Interdict.Core.Model;

namespace Interdict.Sources.Uk;

/// <summary>An FCDO element read as the ConList tag <paramref name="Tag"/>, after dropping
/// <paramref name="Prefix"/>.</summary>
internal sealed record FcdoTaggedElement(OtherInformationTag Tag, string? Prefix)
{
    /// <summary>The element's cleaned value without the prefix; null when nothing is left.</summary>
    public string? ValueOf(string text)
    {
        var value = TextCleaning.Clean(text);
        if (Prefix is not null && value is not null && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            value = TextCleaning.Clean(value[Prefix.Length..]);
        return value;
    }
}

/// <summary>The wordings of the FCDO UK Sanctions List XML, read from the fcdo-*.tsv tables beside this file.</summary>
internal static class FcdoLabels
{
    private const string Article = "The ";

    /// <summary>The elements that hold what the ConList writes as tagged Other Information (fcdo-elements.tsv).</summary>
    public static IReadOnlyDictionary<string, FcdoTaggedElement> TaggedElements { get; } = SourceTable
        .Read(typeof(FcdoLabels), "fcdo-elements.tsv", "element", "tag", "prefix", "note")
        .ToDictionary(
            row => row[0],
            row => new FcdoTaggedElement(
                OtherInformationTags.ByTag.TryGetValue(row[1], out var tag)
                    ? tag
                    : throw new InvalidOperationException($"{row.Where}: '{row[1]}' is not a tag of other-information-tags.tsv"),
                row[2].Length > 0 ? row[2] : null),
            StringComparer.Ordinal);

    private static readonly IReadOnlyList<(string Element, string Label, string Value)> NameLabels = [.. SourceTable
        .Read(typeof(FcdoLabels), "fcdo-name-labels.tsv", "element", "label", "value", "note")
        .Select(row => (row[0], row[1], row[2]))];

    private static readonly Dictionary<string, NameKind> NameTypes = NameLabels
        .Where(row => row.Element == "NameType")
        .ToDictionary(row => row.Label, row => Enum.Parse<NameKind>(row.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, NameQuality> AliasStrengths = NameLabels
        .Where(row => row.Element == "AliasStrength")
        .ToDictionary(row => row.Label, row => Enum.Parse<NameQuality>(row.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Regimes = SourceTable
        .Read(typeof(FcdoLabels), "fcdo-regimes.tsv", "regulations", "regime", "note")
        .ToDictionary(row => WithoutArticle(row[0]), row => row[1], StringComparer.OrdinalIgnoreCase);

    /// <exception cref="FormatException">The wording is missing or not in fcdo-name-labels.tsv.</exception>
    public static NameKind NameKindOf(string? nameType) =>
        nameType is not null && NameTypes.TryGetValue(nameType, out var kind)
            ? kind
            : throw new FormatException($"unknown NameType '{nameType}'");

    /// <exception cref="FormatException">The wording is not in fcdo-name-labels.tsv.</exception>
    public static NameQuality NameQualityOf(string? aliasStrength) =>
        aliasStrength is null ? NameQuality.Unspecified
        : AliasStrengths.TryGetValue(aliasStrength, out var quality) ? quality
        : throw new FormatException($"unknown AliasStrength '{aliasStrength}'");

    /// <summary>The ConList's short name of the regime whose regulations are titled so; the title itself when the
    /// table does not know it.</summary>
    public static string RegimeOf(string regulations) =>
        Regimes.TryGetValue(WithoutArticle(regulations), out var regime) ? regime : regulations;

    private static string WithoutArticle(string title) =>
        title.StartsWith(Article, StringComparison.OrdinalIgnoreCase) ? title[Article.Length..] : title;
}
