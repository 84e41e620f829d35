using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>What an entity offers besides its names, reduced once at index time for fast comparison.</summary>
internal sealed class EntityFacts(Entity entity)
{
    public FuzzyDate[] BirthDates { get; } = entity.Schema == Schema.Person ? [.. entity.BirthDates] : [];

    /// <summary>ISO codes of every country the entity is tied to, including those named in places of birth.</summary>
    public string[] CountryCodes { get; } = entity.Countries
        .Concat(entity.PlacesOfBirth)
        .SelectMany(Countries.CodesIn)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public Gender Gender { get; } = entity.Gender;

    public Identifier[] Identifiers { get; } = entity.Identifiers
        .Where(i => i.Normalized.Length >= QueryIdentifier.MinimumLength)
        .ToArray();
}

/// <summary>What a query says besides its name, prepared once per query.</summary>
internal sealed record QueryEvidence(FuzzyDate? BirthDate, string[] Countries, Gender Gender, QueryIdentifier[] Identifiers)
{
    public static QueryEvidence From(ScreeningQuery query) => new(
        query.BirthDate,
        (query.Countries ?? []).Select(Text.Countries.ToCode).OfType<string>().Distinct().ToArray(),
        query.Gender,
        (query.Identifiers ?? []).Where(i => i.Normalized.Length >= QueryIdentifier.MinimumLength).ToArray());
}

/// <summary>The outcome of weighing an entity's facts against a query's.</summary>
/// <param name="Delta">What birth date, country and gender add to or take off the name score.</param>
/// <param name="Confirmed">A birth date or an identifier agrees: a weak name may raise a hit.</param>
/// <param name="Identified">An identifier of the query is the entity's: strong evidence on its own.</param>
internal readonly record struct EvidenceOutcomes(double Delta, bool Confirmed, bool Identified);

/// <summary>
/// Birth date, country, gender and identifiers. A clear conflict lowers the score; agreement of a birth date or
/// country only orders close candidates (and a birth date confirms a hit on a weak name); an identifier the query
/// and the entity share is strong evidence on its own; an identifier of a kind an entity has only one of (IMO,
/// aircraft serial) that differs is a conflict.
/// </summary>
internal static class EvidenceScorer
{
    /// <summary>Identifier kinds a party has exactly one of: another value means another party.</summary>
    private static readonly IdentifierType[] SingleValued = [IdentifierType.Imo, IdentifierType.AircraftSerial];

    public static EvidenceOutcomes Weigh(QueryEvidence query, EntityFacts facts, MatchingOptions options, List<Evidence>? evidence)
    {
        var delta = 0d;
        var confirmed = false;
        if (query.BirthDate is { } birthDate && facts.BirthDates.Length > 0)
        {
            var listed = string.Join(", ", facts.BirthDates.Select(d => d.ToString()));
            if (facts.BirthDates.Any(d => d.Overlaps(birthDate)))
            {
                confirmed = true;
                delta += Record(evidence, "birth date", EvidenceOutcome.Agrees, $"query {birthDate}, listed {listed}", options.Agreement);
            }
            else
            {
                var sameYear = facts.BirthDates.Any(d => d.Earliest.Year <= birthDate.Latest.Year && birthDate.Earliest.Year <= d.Latest.Year);
                delta += Record(evidence, "birth date", EvidenceOutcome.Conflicts, $"query {birthDate}, listed {listed}",
                    -(sameYear ? options.BirthDayConflict : options.BirthDateConflict));
            }
        }
        if (query.Countries.Length > 0 && facts.CountryCodes.Length > 0)
        {
            var detail = $"query {string.Join(' ', query.Countries)}, listed {string.Join(' ', facts.CountryCodes)}";
            var agrees = query.Countries.Any(c => facts.CountryCodes.Contains(c, StringComparer.Ordinal));
            delta += agrees
                ? Record(evidence, "country", EvidenceOutcome.Agrees, detail, options.Agreement)
                : Record(evidence, "country", EvidenceOutcome.Conflicts, detail, -options.CountryConflict);
        }
        if (query.Gender != Gender.Unknown && facts.Gender != Gender.Unknown && query.Gender != facts.Gender)
        {
            delta += Record(evidence, "gender", EvidenceOutcome.Conflicts,
                $"query {query.Gender.ToString().ToLowerInvariant()}, listed {facts.Gender.ToString().ToLowerInvariant()}", -options.GenderConflict);
        }
        var identified = WeighIdentifiers(query, facts, options, evidence, ref delta);
        return new EvidenceOutcomes(delta, confirmed || identified, identified);
    }

    private static bool WeighIdentifiers(QueryEvidence query, EntityFacts facts, MatchingOptions options, List<Evidence>? evidence, ref double delta)
    {
        if (query.Identifiers.Length == 0 || facts.Identifiers.Length == 0) return false;
        foreach (var wanted in query.Identifiers)
        {
            var same = Array.Find(facts.Identifiers, i => i.Normalized == wanted.Normalized && (wanted.Type is null || wanted.Type == i.Type));
            if (same is null) continue;
            Record(evidence, "identifier", EvidenceOutcome.Agrees, $"{same.Label ?? same.Type.ToString()} {same.Value}", 0);
            return true;
        }
        foreach (var wanted in query.Identifiers)
        {
            if (wanted.Type is not { } type || Array.IndexOf(SingleValued, type) < 0) continue;
            var other = Array.Find(facts.Identifiers, i => i.Type == type);
            if (other is null) continue;
            delta += Record(evidence, "identifier", EvidenceOutcome.Conflicts, $"query {type} {wanted.Value}, listed {other.Value}", -options.IdentifierConflict);
            return false;
        }
        return false;
    }

    private static double Record(List<Evidence>? evidence, string attribute, EvidenceOutcome outcome, string detail, double effect)
    {
        evidence?.Add(new Evidence(attribute, outcome, detail, effect));
        return effect;
    }
}
