using Interdict.Core.Model;

namespace Interdict.Sources.Ofac;

/// <summary>
/// Reads OFAC's legacy CSV sets: the SDN list (sdn.csv, add.csv, alt.csv, sdn_comments.csv) and the consolidated
/// non-SDN list (cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv). The files carry no header and no
/// publication date. The remarks column is read into the model (<see cref="OfacParticulars"/>).
/// </summary>
public static class OfacCsvReader
{
    public const string Format = "OFAC legacy CSV";

    // OFAC cuts the remarks column at this length and continues it in the comments file.
    private const int RemarksLimit = 1000;

    private static class MainColumns
    {
        public const int Count = 12;
        public const int Name = 1, Type = 2, Program = 3, Title = 4, CallSign = 5, VesselType = 6, Tonnage = 7,
            Grt = 8, VesselFlag = 9, VesselOwner = 10, Remarks = 11;
    }

    private sealed class Entry(EntityBuilder builder, string? remarks)
    {
        public EntityBuilder Builder { get; } = builder;
        public string? Remarks { get; set; } = remarks;
        public bool Continued { get; set; }
    }

    /// <summary>Reads a set. <paramref name="sourceId"/> is "ofac-sdn" or "ofac-cons"; only the main file is
    /// required: an SDN file on its own is a valid list, poorer in aliases and addresses.</summary>
    /// <exception cref="ListDataException">A file is missing or malformed, or the files do not belong together.</exception>
    public static LoadedList Read(string sourceId, string mainPath, string? addressesPath, string? aliasesPath, string? commentsPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var entries = ReadMain(sourceId, mainPath);
        if (aliasesPath is not null) ReadAliases(aliasesPath, entries);
        if (addressesPath is not null) ReadAddresses(addressesPath, entries);
        if (commentsPath is not null) ReadComments(commentsPath, entries);

        foreach (var entry in entries.Values)
        {
            if (entry.Remarks is not { } remarks) continue;
            // The column ends with a full stop that closes the remarks, not the last part's value. Remarks that
            // stop without one at OFAC's length limit, and are not continued, end with a cut part - unless the cut
            // fell just after a separator.
            var text = remarks.TrimEnd();
            var cut = remarks.Length == RemarksLimit && !entry.Continued && !text.EndsWith('.') && !text.EndsWith(';');
            OfacParticulars.ApplyRemarks(entry.Builder, WithoutFinalStop(text), cut);
        }

        List<SourceFile> files = [ListVersionFactory.Describe(mainPath, "main")];
        if (addressesPath is not null) files.Add(ListVersionFactory.Describe(addressesPath, "addresses"));
        if (aliasesPath is not null) files.Add(ListVersionFactory.Describe(aliasesPath, "aliases"));
        if (commentsPath is not null) files.Add(ListVersionFactory.Describe(commentsPath, "comments"));
        var version = ListVersionFactory.Create(sourceId, Format, published: null, files);
        return OfacEntries.Build(version, [.. entries.Values.Select(e => e.Builder)]);
    }

    private static string WithoutFinalStop(string remarks)
    {
        var text = remarks.TrimEnd(';');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    private static Dictionary<string, Entry> ReadMain(string sourceId, string path)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var row in OfacCsvFile.Read(path, MainColumns.Count))
        {
            if (entries.ContainsKey(row.EntNum))
                throw new ListDataException(path, row.Location, $"ent_num {row.EntNum} appears twice");
            var schema = OfacEntries.SchemaOf(row[MainColumns.Type])
                ?? throw new ListDataException(path, row.Location, $"unknown SDN_Type '{row[MainColumns.Type]}'");
            var name = row[MainColumns.Name]
                ?? throw new ListDataException(path, row.Location, $"ent_num {row.EntNum} has no name");

            var entity = new EntityBuilder(OfacEntries.EntityId(sourceId, row.EntNum), schema);
            entity.AddName(OfacEntries.Name(name, NameKind.Primary, NameQuality.Good));
            foreach (var program in (row[MainColumns.Program] ?? "").Split("] [", StringSplitOptions.TrimEntries))
                EntityBuilder.AddDistinct(entity.Programs, program.Trim('[', ']', ' '));
            OfacEntries.AddPositions(entity, row[MainColumns.Title]);
            var vessel = new VesselDetails(
                Type: row[MainColumns.VesselType], Flag: row[MainColumns.VesselFlag], CallSign: row[MainColumns.CallSign],
                Tonnage: row[MainColumns.Tonnage], GrossRegisteredTonnage: row[MainColumns.Grt], Owner: row[MainColumns.VesselOwner]);
            if (vessel != new VesselDetails()) entity.Vessel = vessel;
            // Kept as published, not trimmed: the comments file continues it character for character.
            var remarks = row[MainColumns.Remarks] is null ? null : row.Fields[MainColumns.Remarks];
            entries.Add(row.EntNum, new Entry(entity, remarks));
        }
        return entries;
    }

    // alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks. These are OFAC's strong aliases.
    private static void ReadAliases(string path, Dictionary<string, Entry> entries)
    {
        foreach (var row in OfacCsvFile.Read(path, 5))
        {
            var entity = Find(path, row, entries).Builder;
            var kind = OfacEntries.AliasKind(row[2])
                ?? throw new ListDataException(path, row.Location, $"unknown alt_type '{row[2]}'");
            if (row[3] is { } name)
                entity.AddName(OfacEntries.Name(name, kind, NameQuality.Good));
            EntityBuilder.AddDistinct(entity.Remarks, row[4]);
        }
    }

    // add.csv: ent_num, add_num, address, "city state/province postal code", country, add_remarks. OFAC joins city,
    // region and postal code into one field that cannot be split reliably, so it stays whole in City.
    private static void ReadAddresses(string path, Dictionary<string, Entry> entries)
    {
        foreach (var row in OfacCsvFile.Read(path, 6))
        {
            var entity = Find(path, row, entries).Builder;
            if (row[2] is null && row[3] is null && row[4] is null && row[5] is null) continue;
            EntityBuilder.AddDistinct(entity.Addresses, new Address(Street: row[2], City: row[3], Country: row[4], Note: row[5]));
        }
    }

    // sdn_comments.csv: ent_num, the rest of a remarks text cut at 1,000 characters, continuing mid-word.
    private static void ReadComments(string path, Dictionary<string, Entry> entries)
    {
        foreach (var row in OfacCsvFile.Read(path, 2))
        {
            var entry = Find(path, row, entries);
            entry.Remarks += row.Fields[1];
            entry.Continued = true;
        }
    }

    private static Entry Find(string path, OfacCsvRow row, Dictionary<string, Entry> entries) =>
        entries.TryGetValue(row.EntNum, out var entry)
            ? entry
            : throw new ListDataException(path, row.Location,
                $"ent_num {row.EntNum} is not in the main file: the files are not one set");
}
