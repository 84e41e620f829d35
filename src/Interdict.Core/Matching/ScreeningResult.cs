using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>A listed entity found for a query.</summary>
/// <param name="Score">In [0, 1]: the name score adjusted by birth date, country and weak-name rules.</param>
/// <param name="IsMatch">Score at or above the query's threshold: an alert.</param>
public sealed record ScreeningResult(
    Entity Entity,
    EntityName MatchedName,
    double Score,
    bool IsMatch,
    MatchExplanation Explanation);
