namespace Interdict.Core.Model;

/// <summary>
/// A listed party — person, organization, vessel or aircraft — with everything its list says about it.
/// Immutable once read; <see cref="EntityBuilder"/> assembles one.
/// </summary>
public sealed class Entity
{
    /// <summary>Stable id carrying the source's own key: "ofac-sdn:16418", "un:CDi.001", "uk:16407"; FollowTheMoney
    /// ids are kept as OpenSanctions publishes them ("NK-2Tbri3s6GgNtAwsSXh4qpL"). Unique across the lists screened
    /// together.</summary>
    public required string Id { get; init; }
    public required Schema Schema { get; init; }
    public required ListVersion Version { get; init; }

    /// <summary>All names; the first is the primary name.</summary>
    public required IReadOnlyList<EntityName> Names { get; init; }
    public IReadOnlyList<FuzzyDate> BirthDates { get; init; } = [];
    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];
    /// <summary>Countries as the source writes them, a name ("Iran (Islamic Republic of)") or an ISO code ("IR");
    /// <see cref="Text.Countries"/> resolves either for matching.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
    public IReadOnlyList<string> Citizenships { get; init; } = [];
    public Gender Gender { get; init; }
    public IReadOnlyList<string> Titles { get; init; } = [];
    public IReadOnlyList<string> Positions { get; init; } = [];
    public IReadOnlyList<Address> Addresses { get; init; } = [];
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];
    public VesselDetails? Vessel { get; init; }
    public AircraftDetails? Aircraft { get; init; }
    public IReadOnlyList<string> Programs { get; init; } = [];
    public DateOnly? ListedOn { get; init; }
    /// <summary>Date of incorporation or establishment for organizations, when the list gives it.</summary>
    public IReadOnlyList<FuzzyDate> IncorporationDates { get; init; } = [];
    /// <summary>What the list says that has no field of its own, verbatim.</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];
    public IReadOnlyList<EntityLink> Links { get; init; } = [];

    public string SourceId => Version.SourceId;
    public string Caption => Names[0].Value;

    /// <summary>Every country the entity is tied to: nationality, citizenship, address, vessel flag.</summary>
    public IEnumerable<string> Countries =>
        Nationalities.Concat(Citizenships)
            .Concat(Addresses.Select(a => a.Country).OfType<string>())
            .Concat(Vessel?.Flag is { } flag ? [flag] : []);

    public override string ToString() => $"{Id} {Schema} {Caption}";
}
