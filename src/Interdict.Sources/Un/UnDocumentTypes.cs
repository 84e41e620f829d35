using System.Collections.Frozen;
using Interdict.Core.Model;

namespace Interdict.Sources.Un;

/// <summary>Maps the UN's document wordings to <see cref="IdentifierType"/> through document-types.tsv.</summary>
internal static class UnDocumentTypes
{
    private static readonly FrozenDictionary<string, IdentifierType> Table = EmbeddedTsv
        .Read(typeof(UnDocumentTypes), "document-types.tsv", minColumns: 2)
        .ToFrozenDictionary(row => Key(row[0]), row => Enum.Parse<IdentifierType>(row[1]), StringComparer.Ordinal);

    /// <summary>The type for the finer wording when the table knows it, else for the general one, else Other.</summary>
    public static IdentifierType Resolve(string? general, string? specific)
    {
        if (specific is not null && Table.TryGetValue(Key(specific), out var type)) return type;
        if (general is not null && Table.TryGetValue(Key(general), out type)) return type;
        return IdentifierType.Other;
    }

    private static string Key(string wording) =>
        (TextCleaning.Clean(wording) ?? "").TrimEnd(':', '.', ' ').Replace('’', '\'').ToLowerInvariant();
}
