namespace Interdict.Core.Matching;

/// <summary>Tuning of the screening engine. The defaults are the documented behaviour (README, "Matching").</summary>
public sealed record MatchingOptions
{
    /// <summary>Score at or above which a result is a match (an alert).</summary>
    public const double DefaultThreshold = 0.70;

    /// <summary>A weak name — OFAC weak a.k.a., UK "Low quality" or UN "Low" alias, a person's one-word name, a
    /// listed person's given names without the family name — scores at most this far under the query's threshold
    /// unless a birth date or identifier confirms the hit: it confirms, it does not alert, whatever the threshold.
    /// Null lets weak names count like any other (only to measure what the rule costs).</summary>
    public double? WeakNameGap { get; init; } = 0.05;

    /// <summary>The most a weak name scores without confirmation under <paramref name="threshold"/>.</summary>
    public double WeakNameCap(double threshold) => WeakNameGap is { } gap ? threshold - gap : double.MaxValue;

    /// <summary>Taken off when the birth years conflict.</summary>
    public double BirthDateConflict { get; init; } = 0.15;

    /// <summary>Taken off when the year agrees but month or day conflict.</summary>
    public double BirthDayConflict { get; init; } = 0.08;

    /// <summary>Taken off when the query's country is none of the entity's countries.</summary>
    public double CountryConflict { get; init; } = 0.10;

    /// <summary>Taken off when the query's gender is not the entity's.</summary>
    public double GenderConflict { get; init; } = 0.15;

    /// <summary>Taken off when an identifier a party has only one of (IMO number, aircraft serial) differs.</summary>
    public double IdentifierConflict { get; init; } = 0.20;

    /// <summary>Score of an entity whose identifier the query gives, whatever its names: an exact identifier is
    /// strong evidence on its own. A matching name lifts it further, up to 1.</summary>
    public double IdentifierMatch { get; init; } = 0.95;

    /// <summary>Score of an organisation whose name's initials are the query's one word ("MERI"), or whose one-word
    /// name is the initials of the query's words.</summary>
    public double AcronymMatch { get; init; } = 0.80;

    /// <summary>Added when a birth date or country agrees: agreement orders close candidates, it does not alert.</summary>
    public double Agreement { get; init; } = 0.02;

    /// <summary>How many listed names are scored in full per query, best candidates first.</summary>
    public int CandidatesPerQuery { get; init; } = 200;

    public static MatchingOptions Default { get; } = new();
}
