namespace Interdict.Store.Alerts;

/// <summary>Where an alert stands. Open and escalated alerts await a decision; the others are settled.</summary>
public enum AlertStatus
{
    Open,
    TrueMatch,
    FalsePositive,
    Escalated,
    /// <summary>The entity left its list.</summary>
    Delisted,
    /// <summary>Closed by the monitor: superseded by a newer alert of the pair, or the pair no longer matches.</summary>
    Closed,
}

/// <summary>What an analyst decides about an alert.</summary>
public enum AlertDecisionKind
{
    TrueMatch,
    FalsePositive,
    Escalate,
}

/// <summary>A party matched to a listed entity, as the match stood when the monitor raised it.</summary>
/// <param name="ListVersionId">The list version whose entity raised the alert.</param>
/// <param name="Evidence">Each piece of evidence besides the name, in words ("birth date agrees (…)").</param>
/// <param name="PreviousAlertId">The pair's alert before this one, when the pair was alerted before.</param>
/// <param name="Changes">What differs from the previous alert (score, name, evidence, the party's data, the entity's
/// fields); null for a pair alerted for the first time.</param>
/// <param name="Resolution">Why the monitor closed the alert, when it did.</param>
public sealed record AlertRecord(
    long Id,
    string PartyId,
    long PartyVersionId,
    string EntityId,
    string SourceId,
    string EntityCaption,
    long ListVersionId,
    double Score,
    string MatchedName,
    IReadOnlyList<string> Evidence,
    string Explanation,
    AlertStatus Status,
    long? PreviousAlertId,
    string? Changes,
    string? Resolution,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A decision recorded on an alert.</summary>
public sealed record AlertDecision(long Id, long AlertId, AlertDecisionKind Decision, string Actor, string Comment, DateTimeOffset DecidedAt);

/// <summary>Which alerts to list; null filters are not applied.</summary>
/// <param name="Page">1-based.</param>
public sealed record AlertFilter(
    AlertStatus? Status = null,
    string? PartyId = null,
    string? SourceId = null,
    double? MinScore = null,
    int Page = 1,
    int Limit = 50);

/// <summary>A page of alerts, newest first, and how many match the filter in all.</summary>
public sealed record AlertPage(IReadOnlyList<AlertRecord> Alerts, int Total);
