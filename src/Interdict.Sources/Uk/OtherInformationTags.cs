using System.Text.RegularExpressions;

namespace Interdict.Sources.Uk;

/// <summary>Where a tagged part of "Other Information" goes; see other-information-tags.tsv.</summary>
internal enum TagTarget
{
    Reference,
    Identifier,
    LabelledIdentifier,
    Gender,
    Vessel,
    Link,
    Remark,
}

/// <param name="Argument">The identifier type, vessel field or link relation the target needs.</param>
internal sealed record OtherInformationTag(string Tag, TagTarget Target, string? Argument);

/// <summary>The known tags of the OFSI "Other Information" cell, read from other-information-tags.tsv.</summary>
internal static class OtherInformationTags
{
    public static IReadOnlyDictionary<string, OtherInformationTag> ByTag { get; } = SourceTable
        .Read(typeof(OtherInformationTags), "other-information-tags.tsv", "tag", "target", "argument", "note")
        .Select(row => new OtherInformationTag(
            row[0],
            Enum.Parse<TagTarget>(row[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
            row[2].Length > 0 ? row[2] : null))
        .ToDictionary(tag => tag.Tag, StringComparer.Ordinal);

    /// <summary>Matches "(Tag):" for the known tags only.</summary>
    public static Regex Pattern { get; } = new(
        $@"\((?<tag>{string.Join('|', ByTag.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))})\):",
        RegexOptions.CultureInvariant);
}
