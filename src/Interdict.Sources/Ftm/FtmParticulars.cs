using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Ftm;

/// <summary>
/// What an FtM party's own properties say besides its names and identifiers: birth, nationality, gender, titles,
/// positions, incorporation, programmes, notes, and a vessel's or aircraft's details. FtM writes countries as
/// lower-case ISO codes ("ru"); they are given the English name the other lists use, so that the matching reads
/// them alike.
/// </summary>
internal static class FtmParticulars
{
    public static void Add(EntityBuilder builder, FtmRecord record)
    {
        foreach (var born in record["birthDate"]) AddDate(builder, builder.BirthDates, born, "Birth date");
        foreach (var place in record["birthPlace"].Concat(record["birthCountry"].Select(Country)))
            EntityBuilder.AddDistinct(builder.PlacesOfBirth, place);
        foreach (var nationality in record["nationality"]) EntityBuilder.AddDistinct(builder.Nationalities, Country(nationality));
        foreach (var citizenship in record["citizenship"]) EntityBuilder.AddDistinct(builder.Citizenships, Country(citizenship));
        builder.Gender = record["gender"].Select(GenderParser.Parse).FirstOrDefault(g => g != Gender.Unknown);
        foreach (var title in record["title"]) EntityBuilder.AddDistinct(builder.Titles, title);
        foreach (var position in record["position"]) EntityBuilder.AddDistinct(builder.Positions, position);
        foreach (var founded in record["incorporationDate"]) AddDate(builder, builder.IncorporationDates, founded, "Incorporation date");
        foreach (var program in record["programId"]) EntityBuilder.AddDistinct(builder.Programs, program);
        foreach (var note in record["notes"]) EntityBuilder.AddDistinct(builder.Remarks, note);
        if (record["topics"].Count > 0) builder.Remarks.Add($"Topics: {string.Join(", ", record["topics"])}");
        if (record.Datasets.Count > 0) builder.Remarks.Add($"Datasets: {string.Join(", ", record.Datasets)}");
        if (builder.Schema == Schema.Vessel) builder.Vessel = Vessel(record);
        if (builder.Schema == Schema.Aircraft) builder.Aircraft = Aircraft(record);
    }

    /// <summary>The English name of an FtM country code; the code itself (in capitals) when it names no present
    /// country in the table (FtM's "suhh" for the Soviet Union, "zz" for global).</summary>
    public static string Country(string code) => Countries.NameOf(code) ?? code.ToUpperInvariant();

    /// <summary>The first country a property names, or null.</summary>
    public static string? CountryOf(FtmRecord record, string property) =>
        record.First(property) is { } code ? Country(code) : null;

    /// <summary>An FtM date: ISO 8601 at the precision known ("1961", "1961-11", "1961-11-30").</summary>
    public static FuzzyDate? Date(string text) => DateParser.Parse(text.Length > 10 && text[10] == 'T' ? text[..10] : text);

    private static void AddDate(EntityBuilder builder, List<FuzzyDate> dates, string text, string label)
    {
        if (Date(text) is { } date) EntityBuilder.AddDistinct(dates, date);
        else EntityBuilder.AddDistinct(builder.Remarks, $"{label}: {text}");
    }

    private static VesselDetails Vessel(FtmRecord record)
    {
        var pastFlags = record["pastFlags"].Select(Country).ToList();
        return new VesselDetails(
            Type: record.First("type"),
            Flag: CountryOf(record, "flag"),
            CallSign: record.First("callSign"),
            Tonnage: record.First("tonnage"),
            GrossRegisteredTonnage: record.First("grossRegisteredTonnage"),
            FormerFlags: pastFlags.Count > 0 ? pastFlags : null,
            BuildYear: record.First("buildDate"));
    }

    private static AircraftDetails Aircraft(FtmRecord record) => new(
        Model: record.First("model"),
        ManufactureDate: record.First("buildDate"));
}
