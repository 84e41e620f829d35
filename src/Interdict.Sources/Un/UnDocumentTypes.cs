using Interdict.Core.Model;

namespace Interdict.Sources.Un;

/// <summary>Maps the UN's document wordings to <see cref="IdentifierType"/> through document-types.tsv.</summary>
internal static class UnDocumentTypes
{
    private static readonly Dictionary<string, IdentifierType> Table = SourceTable
        .Read(typeof(UnDocumentTypes), "document-types.tsv", "wording", "type", "note")
        .ToDictionary(row => Key(row[0]), row => Enum.Parse<IdentifierType>(row[1]), StringComparer.Ordinal);

    /// <summary>The type of the first wording the table knows, finest first; Other when it knows none.</summary>
    public static IdentifierType Resolve(params string?[] wordings)
    {
        foreach (var wording in wordings)
        {
            if (wording is not null && Table.TryGetValue(Key(wording), out var type)) return type;
        }
        return IdentifierType.Other;
    }

    private static string Key(string wording) =>
        (TextCleaning.Clean(wording) ?? "").TrimEnd(':', '.', ' ').Replace('’', '\'').ToLowerInvariant();
}
