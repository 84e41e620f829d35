namespace Interdict.Core.Model;

/// <summary>One file a list version was read from.</summary>
/// <param name="Role">What the file contributes, e.g. "main", "addresses", "aliases", "comments".</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record SourceFile(string Path, string Role, long Length, string Sha256);

/// <summary>What screening does with a list's entries.</summary>
public enum ListKind
{
    /// <summary>An official sanctions or export-control list.</summary>
    Sanctions,
    /// <summary>A firm's own block list: parties it will not deal with, screened like a sanctions list.</summary>
    Block,
    /// <summary>A firm's own allow-list: parties it has cleared, whose matches are flagged rather than raised.</summary>
    Allow,
}

/// <summary>A published version of one source: where it came from and how to recognise it again.</summary>
/// <param name="SourceId">Short source key that prefixes entity ids: "ofac-sdn", "ofac-cons", "un", "uk".</param>
/// <param name="Format">The file format, e.g. "OFAC legacy CSV", "UN consolidated XML".</param>
/// <param name="Published">Publication date when the files state one; null when the format does not carry it.</param>
/// <param name="Hash">SHA-256 over the files' own hashes: the same files give the same hash.</param>
/// <param name="Kind">Whether the list is an official one, or a firm's own block or allow-list.</param>
public sealed record ListVersion(
    string SourceId,
    string Format,
    DateOnly? Published,
    IReadOnlyList<SourceFile> Files,
    string Hash,
    ListKind Kind = ListKind.Sanctions);
