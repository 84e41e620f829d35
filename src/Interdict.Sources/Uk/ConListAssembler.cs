using System.Globalization;
using Interdict.Core.Model;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.Uk;

/// <summary>
/// Turns ConList rows, from the workbook or the CSV alike, into entities: row 1 gives the publication date, row 2
/// the header, and every later row one name of the designation its Group ID names.
/// </summary>
internal static class ConListAssembler
{
    private sealed record Group(EntityBuilder Builder, string Type, int FirstRow)
    {
        public HashSet<string> OtherInformationRead { get; } = new(StringComparer.Ordinal);
    }

    public static LoadedList Assemble(string path, string format, ISheetRows rows)
    {
        var published = ReadPublished(path, rows.Next());
        var header = rows.Next() ?? throw new ListDataException(path, "row 2", "no header row");
        var columns = AtRow(path, rows.RowNumber, () => ConListColumns.Map(header));

        var groups = new Dictionary<long, Group>();
        var order = new List<EntityBuilder>();
        while (rows.Next() is { } row)
        {
            if (row.All(cell => cell is null)) continue;
            var rowNumber = rows.RowNumber;
            AtRow(path, rowNumber, () =>
            {
                var group = GroupOf(groups, order, row, columns, rowNumber);
                ConListRowMapper.Add(group.Builder, row, columns);
                // Every row of a group repeats the same long Other Information cell: read each distinct one once.
                if (columns[row, Column.OtherInformation] is { } other && group.OtherInformationRead.Add(other))
                    OtherInformation.Apply(group.Builder, other);
                return group;
            });
        }

        var version = ListVersionFactory.Create(OfsiConListReader.SourceId, format, published, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. order.Select(builder => builder.Build(version))]);
    }

    /// <summary>Row 1 is "Last Updated" and the date in dd/mm/yyyy.</summary>
    private static DateOnly ReadPublished(string path, IReadOnlyList<string?>? row)
    {
        if (row is ["Last Updated", { } text, ..]
            && DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new ListDataException(path, "row 1", "not an OFSI ConList: row 1 must be 'Last Updated' and a dd/mm/yyyy date");
    }

    /// <summary>The entity of the row's Group ID, created on its first row; every row of a group must give the same
    /// Group Type.</summary>
    private static Group GroupOf(Dictionary<long, Group> groups, List<EntityBuilder> order, IReadOnlyList<string?> row, ConListColumns columns, int rowNumber)
    {
        var idText = columns[row, Column.GroupId] ?? throw new FormatException("no Group ID");
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new FormatException($"Group ID '{idText}' is not a number");
        var type = columns[row, Column.GroupType];
        var schema = type switch
        {
            "Individual" => Schema.Person,
            "Entity" => Schema.Organization,
            "Ship" => Schema.Vessel,
            _ => throw new FormatException($"unknown Group Type '{type}'"),
        };

        if (groups.TryGetValue(id, out var group))
        {
            if (group.Type != type)
                throw new FormatException($"Group Type '{type}' of group {id} disagrees with '{group.Type}' on row {group.FirstRow}");
            return group;
        }
        var created = new Group(new EntityBuilder($"{OfsiConListReader.SourceId}:{id.ToString(CultureInfo.InvariantCulture)}", schema), type, rowNumber);
        groups.Add(id, created);
        order.Add(created.Builder);
        return created;
    }

    private static T AtRow<T>(string path, int rowNumber, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, $"row {rowNumber}", e.Message, e);
        }
    }
}
