using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>What to screen: a name and, optionally, what else is known about the party.</summary>
/// <param name="Schema">Person, Organization, Vessel …; null screens against every kind.</param>
/// <param name="Countries">Nationality, citizenship or country of the party, as names or ISO codes.</param>
/// <param name="Sources">Source ids to screen against ("ofac-sdn", "un" …); null for all loaded.</param>
/// <param name="Threshold">Score from which a result is a match; null for <see cref="MatchingOptions.DefaultThreshold"/>.</param>
/// <param name="Limit">Most results returned, best first.</param>
/// <param name="IncludeNonMatches">Return results under the threshold too (for review and tuning), down to
/// <paramref name="MinimumScore"/>.</param>
/// <param name="Gender">The party's gender, when known.</param>
/// <param name="Identifiers">Passport, tax, registration, IMO numbers … of the party.</param>
/// <param name="MinimumScore">With <paramref name="IncludeNonMatches"/>: the lowest score returned (yente's cutoff).
/// Names that cannot reach it are not scored in full, which keeps such queries nearly as fast as plain ones.</param>
public sealed record ScreeningQuery(
    string Name,
    Schema? Schema = null,
    FuzzyDate? BirthDate = null,
    IReadOnlyList<string>? Countries = null,
    IReadOnlySet<string>? Sources = null,
    double? Threshold = null,
    int Limit = 10,
    bool IncludeNonMatches = false,
    Gender Gender = Gender.Unknown,
    IReadOnlyList<QueryIdentifier>? Identifiers = null,
    double MinimumScore = 0);
