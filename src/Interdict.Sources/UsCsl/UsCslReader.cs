using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Ofac;
using Interdict.Sources.Sheets;
using C = Interdict.Sources.UsCsl.CslColumns;

namespace Interdict.Sources.UsCsl;

/// <summary>
/// Reads the US Consolidated Screening List CSV (Trade.gov), plain or gzip, into one list "us-csl". Entity ids are
/// "us-csl:&lt;code&gt;:&lt;key&gt;", the code of the merged list (csl-sources.tsv) and the entry's OFAC entity
/// number, or, for the entries of Commerce and State, which have none, a key derived from the row (<see cref="RowKey"/>).
/// The file states no publication date, so the version has none.
/// </summary>
public static class UsCslReader
{
    public const string SourceId = "us-csl";
    public const string Format = "US Consolidated Screening List CSV";

    private sealed record ReadRow(int Number, IReadOnlyList<string?> Cells, CslSource Source, string Id);

    /// <exception cref="ListDataException">The file is damaged or truncated, or has a row that cannot be read (the
    /// message names the row): a wrong field count, an unknown source or type, no name, the same entry twice with
    /// different content.</exception>
    public static LoadedList Read(string path)
    {
        using var sheet = CsvRows.Open(path);
        var header = sheet.Next() ?? throw new ListDataException(path, null, "the file is empty");
        var columns = C.Of(header) ?? throw new ListDataException(path, "row 1",
            $"not the screening list header: it needs the columns {string.Join(", ", C.Required)}");

        var rows = new List<ReadRow>();
        var byId = new Dictionary<string, ReadRow>(StringComparer.Ordinal);
        while (sheet.Next() is { } cells)
        {
            var location = $"row {sheet.RowNumber}";
            // Some publications repeat the header line under the first one.
            if (columns.SameAsHeader(cells)) continue;
            if (cells.Count != columns.Count)
                throw new ListDataException(path, location, $"{cells.Count} fields where the header has {columns.Count}");
            var sourceName = columns[cells, C.Source] ?? throw new ListDataException(path, location, "the entry has no source");
            var source = CslSources.FromName(sourceName)
                ?? throw new ListDataException(path, location, $"unknown source '{sourceName}': add it to csl-sources.tsv");
            var row = new ReadRow(sheet.RowNumber, cells, source, $"{SourceId}:{source.Code}:{RowKey(cells, columns)}");
            if (byId.TryGetValue(row.Id, out var first))
            {
                // The CSL has published one entry twice, the copies differing only in a source URL: one entry.
                if (SameEntry(first.Cells, cells, columns)) continue;
                throw new ListDataException(path, location, $"{row.Id} is also on row {first.Number}, with other content");
            }
            byId.Add(row.Id, row);
            rows.Add(row);
        }

        var idLayout = CslIdItems.DetectLayout(rows.SelectMany(r => C.Items(columns[r.Cells, C.Ids])));
        var entities = new List<EntityBuilder>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                entities.Add(CslRowMapper.Map(row.Id, row.Source, row.Cells, columns, idLayout));
            }
            catch (FormatException e)
            {
                throw new ListDataException(path, $"row {row.Number}", e.Message, e);
            }
        }
        var version = ListVersionFactory.Create(SourceId, Format, published: null, [ListVersionFactory.Describe(path, "main")]);
        // Relations ("Linked To: X") of the re-published OFAC entries resolve to entries of this list, as in OFAC's.
        return OfacEntries.Build(version, entities);
    }

    /// <summary>
    /// The entry's key within its list: the OFAC entity number where the row has one. Otherwise the first 16 hex
    /// digits of the SHA-256 of the row's name, addresses, Federal Register notice and start date, which together
    /// tell apart the entries of these lists (one party is listed again under a later notice). Unlike the "_id"
    /// column, which Trade.gov recomputes between publications, this key stays while the entry is unchanged.
    /// </summary>
    internal static string RowKey(IReadOnlyList<string?> cells, C columns)
    {
        if (columns[cells, C.EntityNumber] is { } number) return number;
        return StableKey.Of(
            columns[cells, C.Name], columns[cells, C.Addresses], columns[cells, C.FederalRegisterNotice], columns[cells, C.StartDate]);
    }

    private static bool SameEntry(IReadOnlyList<string?> a, IReadOnlyList<string?> b, C columns) =>
        Enumerable.Range(0, columns.Count).All(i => columns.IsProvenance(i) || a[i] == b[i]);
}

/// <summary>The screening list CSV: a header naming the CSL's columns (source, entity_number, type, name, alt_names).</summary>
public sealed class UsCslCsvFormat : IListFormat
{
    public string Name => UsCslReader.Format;

    public bool Recognizes(FileHead head) => C.IsHeader(head.FirstRow(','));

    public LoadedList Read(string path) => UsCslReader.Read(path);
}
