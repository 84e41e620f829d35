namespace Interdict.Store.Parties;

/// <summary>A party as the store holds it: its current data and when it was first and last imported changed.</summary>
public sealed record PartyRecord(Party Data, long VersionId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>One state of a party's data, in the order imported.</summary>
public sealed record PartyVersion(long Id, Party Data, string Hash, DateTimeOffset ImportedAt);

/// <summary>A page of parties, and how many match in all.</summary>
public sealed record PartyPage(IReadOnlyList<PartyRecord> Parties, int Total);
