using Interdict.Core.Model;

namespace Interdict.Store;

/// <summary>One recorded version of a list and how it differs from the one recorded before it.</summary>
/// <param name="Id">The store's number for the version, increasing in the order of import.</param>
/// <param name="PreviousId">The version of the same source recorded before this one; null for the first.</param>
/// <param name="Added">Entities in this version and not in the previous one (all of them for the first).</param>
public sealed record ListVersionRecord(
    long Id,
    string SourceId,
    string Format,
    ListKind Kind,
    DateOnly? Published,
    string Hash,
    IReadOnlyList<SourceFile> Files,
    int EntityCount,
    DateTimeOffset ImportedAt,
    long? PreviousId,
    int Added,
    int Removed,
    int Changed);

/// <summary>What an import did: recorded a new version, or found the same files already recorded.</summary>
public sealed record ListImport(ListVersionRecord Version, bool IsNew);
