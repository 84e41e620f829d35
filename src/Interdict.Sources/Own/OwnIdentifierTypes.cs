using Interdict.Core.Model;

namespace Interdict.Sources.Own;

/// <summary>Maps the identifier type labels of own lists ("passport", "tax-id", "inn") to
/// <see cref="IdentifierType"/> through identifier-types.tsv.</summary>
internal static class OwnIdentifierTypes
{
    private static readonly IReadOnlyList<(string Label, IdentifierType Type)> Labels =
        [.. SourceTable.Read(typeof(OwnIdentifierTypes), "identifier-types.tsv", "label", "type", "note")
            .Select(row => (row[0], Enum.Parse<IdentifierType>(row[1])))];

    public static string Known => string.Join(", ", Labels.Select(entry => entry.Label));

    /// <summary>The type a label names, or null when the table does not have it.</summary>
    public static IdentifierType? Resolve(string label)
    {
        var key = label.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        foreach (var (known, type) in Labels)
        {
            if (known == key) return type;
        }
        return null;
    }
}
