using System.Text.RegularExpressions;
using Interdict.Core.Model;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.Au;

/// <summary>
/// Reads Australia's DFAT Consolidated List workbook: row 1 the header, then one row per name. Rows "12", "12a",
/// "12b" … are names of one listing and form one entity, id "au:12". The workbook states no publication date, so
/// the version has none.
/// </summary>
public static partial class DfatReader
{
    public const string SourceId = "au";
    public const string Format = "DFAT consolidated list xlsx";

    private sealed record Listing(EntityBuilder Builder, string Type, int FirstRow)
    {
        /// <summary>The kind of the name on the listing's last row read.</summary>
        public NameKind LastKind { get; set; } = NameKind.Primary;
    }

    /// <exception cref="ListDataException">The file is missing, damaged, not the DFAT list, or has a row that cannot
    /// be read (the message names the row).</exception>
    public static LoadedList Read(string path)
    {
        using var rows = XlsxRows.Open(path);
        var header = rows.Next() ?? throw new ListDataException(path, "row 1", "no header row");
        DfatColumns columns;
        try
        {
            columns = DfatColumns.Map(header);
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, "row 1", e.Message, e);
        }

        var listings = new Dictionary<string, Listing>(StringComparer.Ordinal);
        var references = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var order = new List<EntityBuilder>();
        while (rows.Next() is { } row)
        {
            if (row.All(cell => cell is null)) continue;
            try
            {
                var listing = ListingOf(listings, references, order, row, columns, rows.RowNumber);
                listing.LastKind = DfatRowMapper.Add(listing.Builder, row, columns, listing.LastKind);
            }
            catch (FormatException e)
            {
                throw new ListDataException(path, $"row {rows.RowNumber}", e.Message, e);
            }
        }

        var version = ListVersionFactory.Create(SourceId, Format, null, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. order.Select(builder => builder.Build(version))]);
    }

    /// <summary>The entity of the row's base reference, created on its first row. Every row of a listing must give
    /// the same Type, and no reference may repeat.</summary>
    private static Listing ListingOf(Dictionary<string, Listing> listings, Dictionary<string, int> references,
        List<EntityBuilder> order, IReadOnlyList<string?> row, DfatColumns columns, int rowNumber)
    {
        var reference = columns[row, DfatColumn.Reference] ?? throw new FormatException("no Reference");
        if (ReferencePattern().Match(reference) is not { Success: true } match)
            throw new FormatException($"Reference '{reference}' is not a number with an optional letter suffix");
        if (!references.TryAdd(reference, rowNumber))
            throw new FormatException($"Reference '{reference}' is already on row {references[reference]}");

        var type = columns[row, DfatColumn.Type]?.ToLowerInvariant() ?? throw new FormatException("no Type");
        var schema = type switch
        {
            "individual" => Schema.Person,
            "entity" => Schema.Organization,
            _ => throw new FormatException($"unknown Type '{columns[row, DfatColumn.Type]}'"),
        };
        var key = match.Groups["base"].Value;
        if (listings.TryGetValue(key, out var listing))
        {
            if (listing.Type != type)
                throw new FormatException($"Type '{columns[row, DfatColumn.Type]}' of reference {key} disagrees with '{listing.Type}' on row {listing.FirstRow}");
            return listing;
        }
        var created = new Listing(new EntityBuilder($"{SourceId}:{key}", schema), type, rowNumber);
        listings.Add(key, created);
        order.Add(created.Builder);
        return created;
    }

    /// <summary>"12", "12a", "2529b1": the listing's number, then which of its names the row is.</summary>
    [GeneratedRegex(@"^(?<base>\d+)([a-z]{1,2}\d*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePattern();
}
