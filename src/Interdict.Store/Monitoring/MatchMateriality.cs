using System.Globalization;
using Interdict.Store.Alerts;

namespace Interdict.Store.Monitoring;

/// <summary>
/// When a party–entity match raises an alert. A pair is alerted when it matches for the first time, when it matches
/// again after its last alert was closed (the entity was delisted or the pair stopped matching), or when the match
/// changed materially since the pair's last alert: the score moved by <see cref="ScoreStep"/> or more, the best
/// listed name is another, or the evidence besides the name differs (a birth date, country, gender or identifier that
/// now agrees, conflicts, or reads differently, e.g. after the party's birth date was corrected). Anything else —
/// a re-import of the same data, a change of a listed field that screening does not use, a score moving a little —
/// leaves the pair's last alert, and the analyst's decision on it, standing. A false-positive decision therefore
/// holds until the match itself changes.
/// </summary>
public static class MatchMateriality
{
    /// <summary>The smallest change of score that counts.</summary>
    public const double ScoreStep = 0.05;

    /// <summary>Why the match is alerted again, in words; null when it is not.</summary>
    internal static List<string>? Changes(PriorAlert? prior, PartyMatch match)
    {
        if (prior is null) return [];
        if (prior.Status is AlertStatus.Delisted or AlertStatus.Closed)
            return [$"matches again after alert {prior.Id} was closed ({prior.Status.ToText()})"];
        var changes = new List<string>();
        // Scores are stored rounded to 4 places, so a move of exactly the step is not lost to rounding.
        if (Math.Abs(match.Score - prior.Score) >= ScoreStep - 1e-9)
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"score {prior.Score:0.00} → {match.Score:0.00}"));
        if (match.MatchedName != prior.MatchedName) changes.Add($"matched name \"{prior.MatchedName}\" → \"{match.MatchedName}\"");
        changes.AddRange(prior.Evidence.Except(match.Evidence).Select(e => "no longer: " + e));
        changes.AddRange(match.Evidence.Except(prior.Evidence).Select(e => "now: " + e));
        return changes.Count > 0 ? changes : null;
    }
}

/// <summary>The last alert of a party–entity pair, as the materiality rule compares it.</summary>
internal sealed record PriorAlert(long Id, AlertStatus Status, double Score, string MatchedName, IReadOnlyList<string> Evidence,
    long PartyVersionId, string EntityFingerprint);
