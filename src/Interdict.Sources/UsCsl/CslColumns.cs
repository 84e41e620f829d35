using System.Text.RegularExpressions;

namespace Interdict.Sources.UsCsl;

/// <summary>The columns of the screening list CSV, found by their header names: Trade.gov has changed the column
/// set over the years, so no position is assumed.</summary>
internal sealed partial class CslColumns
{
    public const string Source = "source", EntityNumber = "entity_number", Type = "type", Programs = "programs",
        Name = "name", Title = "title", Addresses = "addresses", FederalRegisterNotice = "federal_register_notice",
        StartDate = "start_date", EndDate = "end_date", StandardOrder = "standard_order",
        LicenseRequirement = "license_requirement", LicensePolicy = "license_policy", CallSign = "call_sign",
        VesselType = "vessel_type", GrossTonnage = "gross_tonnage", GrossRegisteredTonnage = "gross_registered_tonnage",
        VesselFlag = "vessel_flag", VesselOwner = "vessel_owner", Remarks = "remarks", AltNames = "alt_names",
        Citizenships = "citizenships", DatesOfBirth = "dates_of_birth", Nationalities = "nationalities",
        PlacesOfBirth = "places_of_birth", Ids = "ids";

    /// <summary>The columns without which an entry cannot be read; they also tell a CSL file from other CSVs.</summary>
    public static readonly string[] Required = [Source, EntityNumber, Type, Name, AltNames];

    /// <summary>Columns that say where the CSL found an entry, not what the entry is: a row repeated with only
    /// these different is the same entry.</summary>
    public static readonly string[] Provenance = ["_id", "source_list_url", "source_information_url"];

    private readonly Dictionary<string, int> _index;

    private CslColumns(IReadOnlyList<string?> header)
    {
        Header = [.. header.Select(h => h ?? "")];
        _index = [];
        for (var i = 0; i < Header.Count; i++) _index.TryAdd(Header[i], i);
    }

    public IReadOnlyList<string> Header { get; }

    public int Count => Header.Count;

    /// <summary>The header's columns, or null when a required one is missing.</summary>
    public static CslColumns? Of(IReadOnlyList<string?> header)
    {
        var columns = new CslColumns(header);
        return Array.TrueForAll(Required, columns._index.ContainsKey) ? columns : null;
    }

    public static bool IsHeader(IReadOnlyList<string> firstRow) => Array.TrueForAll(Required, firstRow.Contains);

    /// <summary>The cleaned cell of a column; null when blank or when this file has no such column.</summary>
    public string? this[IReadOnlyList<string?> row, string column] =>
        _index.TryGetValue(column, out var i) ? row[i] : null;

    /// <summary>The values of a multi-valued cell, separated by "; " (and now and then by ";" alone).</summary>
    public static IEnumerable<string> Items(string? cell) =>
        cell?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public bool IsProvenance(int column) => Array.IndexOf(Provenance, Header[column]) >= 0;

    public bool SameAsHeader(IReadOnlyList<string?> row) =>
        row.Count == Header.Count && row.Select(c => c ?? "").SequenceEqual(Header);

    /// <summary>The CSL writes countries as ISO alpha-2 codes ("CN"), in addresses and id records alike.</summary>
    public static bool IsCountryCode(string text) => CountryCode().IsMatch(text);

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
