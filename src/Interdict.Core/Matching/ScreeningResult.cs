using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>A listed entity found for a query.</summary>
/// <param name="Score">In [0, 1]: the name score adjusted by birth date, country and weak-name rules.</param>
/// <param name="IsMatch">Score at or above the query's threshold.</param>
/// <param name="ClearedBy">The allow-list entry the query matches, when the firm has cleared the party it screens:
/// the hit is shown, flagged as cleared, instead of raising an alert.</param>
public sealed record ScreeningResult(
    Entity Entity,
    EntityName MatchedName,
    double Score,
    bool IsMatch,
    MatchExplanation Explanation,
    ScreeningResult? ClearedBy = null)
{
    /// <summary>A match that no allow-list entry clears: what an analyst must review.</summary>
    public bool IsAlert => IsMatch && ClearedBy is null;
}
