namespace Interdict.Store.Monitoring;

/// <summary>What a party import did.</summary>
/// <param name="EntitiesScreened">The entities of the latest list versions the new and changed parties were screened
/// against (0 when no party needed screening).</param>
/// <param name="AlertsRaised">The ids of the alerts raised.</param>
public sealed record PartyImportResult(int Added, int Changed, int Unchanged, int EntitiesScreened, IReadOnlyList<long> AlertsRaised, int AlertsClosed);

/// <summary>What screening one list version's changes did.</summary>
public sealed record VersionScreening(long ListVersionId, string SourceId, int PartiesScreened, int EntitiesScreened,
    IReadOnlyList<long> AlertsRaised, int AlertsClosed);
