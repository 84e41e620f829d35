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
}

/// <summary>Birth date and country: a clear conflict lowers the score, agreement only orders close candidates
/// and confirms a hit on a weak name.</summary>
internal static class EvidenceScorer
{
    public static double Adjust(
        FuzzyDate? birthDate,
        string[] queryCountries,
        EntityFacts facts,
        MatchingOptions options,
        List<Evidence>? evidence,
        out bool confirmed)
    {
        confirmed = false;
        var delta = 0d;
        if (birthDate is not null && facts.BirthDates.Length > 0)
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
                var penalty = sameYear ? options.BirthDayConflict : options.BirthDateConflict;
                delta -= penalty;
                Record(evidence, "birth date", EvidenceOutcome.Conflicts, $"query {birthDate}, listed {listed}", -penalty);
            }
        }
        if (queryCountries.Length > 0 && facts.CountryCodes.Length > 0)
        {
            var detail = $"query {string.Join(' ', queryCountries)}, listed {string.Join(' ', facts.CountryCodes)}";
            if (queryCountries.Any(c => facts.CountryCodes.Contains(c, StringComparer.Ordinal)))
            {
                delta += Record(evidence, "country", EvidenceOutcome.Agrees, detail, options.Agreement);
            }
            else
            {
                delta -= options.CountryConflict;
                Record(evidence, "country", EvidenceOutcome.Conflicts, detail, -options.CountryConflict);
            }
        }
        return delta;
    }

    private static double Record(List<Evidence>? evidence, string attribute, EvidenceOutcome outcome, string detail, double effect)
    {
        evidence?.Add(new Evidence(attribute, outcome, detail, effect));
        return effect;
    }
}
