namespace Interdict.Core.Model;

/// <summary>
/// Collects what a reader finds about one entity, possibly from several files or rows, then builds the immutable
/// <see cref="Entity"/>. Duplicate names, dates and values are kept once, in first-seen order.
/// </summary>
public sealed class EntityBuilder(string id, Schema schema)
{
    public string Id { get; } = id;
    public Schema Schema { get; set; } = schema;
    public List<EntityName> Names { get; } = [];
    public List<FuzzyDate> BirthDates { get; } = [];
    public List<string> PlacesOfBirth { get; } = [];
    public List<string> Nationalities { get; } = [];
    public List<string> Citizenships { get; } = [];
    public Gender Gender { get; set; }
    public List<string> Titles { get; } = [];
    public List<string> Positions { get; } = [];
    public List<Address> Addresses { get; } = [];
    public List<Identifier> Identifiers { get; } = [];
    public VesselDetails? Vessel { get; set; }
    public AircraftDetails? Aircraft { get; set; }
    public List<string> Programs { get; } = [];
    public DateOnly? ListedOn { get; set; }
    public List<FuzzyDate> IncorporationDates { get; } = [];
    public List<string> Remarks { get; } = [];
    public List<EntityLink> Links { get; } = [];

    /// <summary>Adds a name unless the same text is already there; a primary name goes first.</summary>
    public void AddName(EntityName name)
    {
        if (string.IsNullOrWhiteSpace(name.Value)) return;
        var existing = Names.FindIndex(n => string.Equals(n.Value, name.Value, StringComparison.Ordinal));
        if (existing >= 0)
        {
            // The same text listed twice keeps its strongest standing (primary over alias, good over low quality).
            if (name.Kind < Names[existing].Kind || (name.Quality != NameQuality.Low && Names[existing].IsWeak))
                Names[existing] = name;
            // A text first listed as an alias and then as the primary name (UK rows come in any order) goes first.
            if (name.Kind == NameKind.Primary && existing > 0 && Names[0].Kind != NameKind.Primary)
            {
                Names.RemoveAt(existing);
                Names.Insert(0, name);
            }
            return;
        }
        if (name.Kind == NameKind.Primary && Names.Count > 0 && Names[0].Kind != NameKind.Primary)
            Names.Insert(0, name);
        else
            Names.Add(name);
    }

    public static void AddDistinct<T>(List<T> list, T? value)
    {
        if (value is null) return;
        if (value is string s && string.IsNullOrWhiteSpace(s)) return;
        if (!list.Contains(value)) list.Add(value);
    }

    public Entity Build(ListVersion version)
    {
        if (Names.Count == 0)
            throw new InvalidOperationException($"Entity {Id} has no name.");
        return new Entity
        {
            Id = Id,
            Schema = Schema,
            Version = version,
            Names = [.. Names],
            BirthDates = [.. BirthDates],
            PlacesOfBirth = [.. PlacesOfBirth],
            Nationalities = [.. Nationalities],
            Citizenships = [.. Citizenships],
            Gender = Gender,
            Titles = [.. Titles],
            Positions = [.. Positions],
            Addresses = [.. Addresses],
            Identifiers = [.. Identifiers],
            Vessel = Vessel,
            Aircraft = Aircraft,
            Programs = [.. Programs],
            ListedOn = ListedOn,
            IncorporationDates = [.. IncorporationDates],
            Remarks = [.. Remarks],
            Links = [.. Links],
        };
    }
}
