using System.Globalization;
using Interdict.Core.Matching;

namespace Interdict.Store.Monitoring;

/// <summary>A party's match with a listed entity as screening found it, with what the alert keeps of both sides.</summary>
internal sealed record PartyMatch(
    string PartyId,
    long PartyVersionId,
    string EntityId,
    string SourceId,
    string EntityCaption,
    string EntityFingerprint,
    long ListVersionId,
    double Score,
    string MatchedName,
    IReadOnlyList<string> Evidence,
    string Explanation)
{
    public static PartyMatch Of(MonitoredParty party, ScreeningResult result, ListedEntity listed) => new(
        party.Data.Id,
        party.VersionId,
        result.Entity.Id,
        result.Entity.SourceId,
        result.Entity.Caption,
        listed.Fingerprint,
        listed.VersionId,
        Math.Round(result.Score, 4),
        result.Explanation.MatchedName,
        [.. result.Explanation.Evidence.Select(Describe)],
        result.Explanation.ToString());

    /// <summary>"birth date agrees (query 1962, listed 1962) +0.05".</summary>
    private static string Describe(Evidence e) =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Attribute} {e.Outcome.ToString().ToLowerInvariant()} ({e.Detail}) {e.Effect:+0.00;-0.00;0.00}");
}

/// <summary>A party as the monitor screens it: its current data and the version of the data screened.</summary>
internal sealed record MonitoredParty(Parties.Party Data, long VersionId);

/// <summary>Where an entity screened against comes from: the list version and the content it has there.</summary>
internal sealed record ListedEntity(long VersionId, string Fingerprint);
