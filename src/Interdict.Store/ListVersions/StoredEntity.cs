using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Interdict.Core.Model;

namespace Interdict.Store.ListVersions;

/// <summary>
/// Reads an entity back from the JSON body <see cref="EntityContent"/> wrote, so the monitor can screen against the
/// versions in the store without the list files: every field the body holds comes back, and writing the entity read
/// gives the same body again (the tests check this on every entity of a real list).
/// </summary>
internal static class StoredEntity
{
    private static readonly JsonSerializerOptions BodyJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The body's shape: <see cref="EntityContent.Fields"/> with dates as the text they were written as.</summary>
    private sealed record Body(
        string Id,
        Schema Schema,
        List<EntityName> Names,
        List<string>? BirthDates,
        List<string>? PlacesOfBirth,
        List<string>? Nationalities,
        List<string>? Citizenships,
        Gender? Gender,
        List<string>? Titles,
        List<string>? Positions,
        List<Address>? Addresses,
        List<Identifier>? Identifiers,
        VesselDetails? Vessel,
        AircraftDetails? Aircraft,
        List<string>? Programs,
        string? ListedOn,
        List<string>? IncorporationDates,
        List<string>? Remarks,
        List<EntityLink>? Links);

    public static Entity Read(string json, ListVersion version)
    {
        var body = JsonSerializer.Deserialize<Body>(json, BodyJson) ?? throw new StoreException("a stored entity is empty");
        return new Entity
        {
            Id = body.Id,
            Schema = body.Schema,
            Version = version,
            Names = body.Names,
            BirthDates = Dates(body.BirthDates),
            PlacesOfBirth = body.PlacesOfBirth ?? [],
            Nationalities = body.Nationalities ?? [],
            Citizenships = body.Citizenships ?? [],
            Gender = body.Gender ?? Core.Model.Gender.Unknown,
            Titles = body.Titles ?? [],
            Positions = body.Positions ?? [],
            Addresses = body.Addresses ?? [],
            Identifiers = body.Identifiers ?? [],
            Vessel = body.Vessel,
            Aircraft = body.Aircraft,
            Programs = body.Programs ?? [],
            ListedOn = body.ListedOn is { } listed ? DateOnly.ParseExact(listed, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            IncorporationDates = Dates(body.IncorporationDates),
            Remarks = body.Remarks ?? [],
            Links = body.Links ?? [],
        };
    }

    private static List<FuzzyDate> Dates(List<string>? texts) => texts is null ? [] : [.. texts.Select(ParseDate)];

    /// <summary>The inverse of <see cref="FuzzyDate.ToString"/>: "[circa ]FROM[ to TO]", each YYYY[-MM[-DD]].</summary>
    internal static FuzzyDate ParseDate(string text)
    {
        const string Circa = "circa ";
        var approximate = text.StartsWith(Circa, StringComparison.Ordinal);
        var range = (approximate ? text[Circa.Length..] : text).Split(" to ");
        return new FuzzyDate(ParsePartial(range[0]), range.Length > 1 ? ParsePartial(range[1]) : null, approximate);
    }

    private static PartialDate ParsePartial(string text)
    {
        var parts = text.Split('-');
        int? Part(int i) => parts.Length > i ? int.Parse(parts[i], CultureInfo.InvariantCulture) : null;
        return new PartialDate(int.Parse(parts[0], CultureInfo.InvariantCulture), Part(1), Part(2));
    }
}
