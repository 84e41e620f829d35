using System.Text.RegularExpressions;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.Eu;

/// <summary>
/// The CSV front end: reads the EU FSF CSV 1.1 (';' separated, a header row, then rows that each repeat their
/// entity's own columns and carry one name, address, birth date, identification or citizenship) into the same
/// <see cref="EuElement"/>s as the XML. The rows of one Entity_LogicalId form one entity, in any order; a detail
/// given on several rows is kept once.
/// </summary>
internal static class EuCsvFile
{
    private const string EntityElement = "sanctionEntity";
    private const string ExportElement = "export";
    private const string ContactInfoAttribute = "contactInfo";

    /// <summary>"PHONE: 497 92 63 FAX: 662 38 14": each known key starts a contactInfo.</summary>
    private static readonly Regex ContactKey = new(
        $@"\b(?<key>{string.Join('|', EuLabels.ContactKeyNames.Select(Regex.Escape))})\s*[:=]\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <exception cref="ListDataException">The file is missing or empty, the header lacks a required column, or a
    /// row has another number of fields than the header, no Entity_LogicalId, or a value that contradicts the
    /// entity's earlier rows.</exception>
    public static (DateOnly? Published, List<EuElement> Entities) Read(string path)
    {
        using var rows = CsvRows.Open(path, ';');
        var header = rows.Next() ?? throw new ListDataException(path, null, "the file is empty");
        EuCsvColumns columns;
        try
        {
            columns = EuCsvColumns.Map(header);
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, "row 1", e.Message, e);
        }

        var entities = new Dictionary<string, EuElement>(StringComparer.Ordinal);
        var order = new List<EuElement>();
        EuElement? export = null;
        while (rows.Next() is { } row)
        {
            if (row.All(cell => cell is null)) continue;
            var at = $"row {rows.RowNumber}";
            if (row.Count != header.Count)
                throw new ListDataException(path, at, $"{row.Count} fields where the header has {header.Count}");
            var elements = Elements(columns, row, at);
            export = Agree(path, export, elements.GetValueOrDefault(ExportElement));

            var own = elements.GetValueOrDefault(EntityElement);
            if (own?["logicalId"] is not { } logicalId) throw new ListDataException(path, at, "no Entity_LogicalId");
            if (!entities.TryGetValue(logicalId, out var entity))
            {
                entity = new EuElement(EntityElement, $"{at} (Entity_LogicalId {logicalId})");
                entities.Add(logicalId, entity);
                order.Add(entity);
            }
            Merge(path, entity, own, elements);
        }
        return (Published(path, export), order);
    }

    /// <summary>The row's elements by path ("nameAlias", "nameAlias/regulationSummary"), each made when one of its
    /// columns has a value; a sub-element is also put into its parent.</summary>
    private static Dictionary<string, EuElement> Elements(EuCsvColumns columns, IReadOnlyList<string?> row, string at)
    {
        var elements = new Dictionary<string, EuElement>(StringComparer.Ordinal);
        foreach (var (column, value) in columns.Values(row))
        {
            var element = ElementAt(elements, column.Element, at);
            if (column.Attribute == "remark") element.AddRemark(value);
            else if (column.Attribute == ContactInfoAttribute) AddContactInfo(element, value, at);
            else element.Set(column.Attribute, value);
        }
        return elements;
    }

    private static EuElement ElementAt(Dictionary<string, EuElement> elements, string path, string at)
    {
        if (elements.TryGetValue(path, out var element)) return element;
        var slash = path.LastIndexOf('/');
        element = new EuElement(path[(slash + 1)..], at);
        elements.Add(path, element);
        if (slash >= 0 && path[..slash] != EntityElement) ElementAt(elements, path[..slash], at).Children.Add(element);
        return element;
    }

    /// <summary>Address_ContactInfo holds the address's contactInfo elements as "KEY: value" pairs; text that
    /// starts with no known key is kept as a remark of the address.</summary>
    private static void AddContactInfo(EuElement address, string cell, string at)
    {
        var keys = ContactKey.Matches(cell);
        address.AddRemark(keys.Count == 0 ? cell : cell[..keys[0].Index].Trim(' ', ';', ',', '|'));
        for (var i = 0; i < keys.Count; i++)
        {
            var end = i + 1 < keys.Count ? keys[i + 1].Index : cell.Length;
            var contact = new EuElement(ContactInfoAttribute, at);
            contact.Set("key", keys[i].Groups["key"].Value.ToUpperInvariant());
            contact.Set("value", cell[(keys[i].Index + keys[i].Length)..end].Trim(' ', ';', ',', '|'));
            address.Children.Add(contact);
        }
    }

    /// <summary>Adds one row to its entity: the entity's own columns must repeat the values of its earlier rows;
    /// its regulations, subject type and details are added unless an earlier row gave them already.</summary>
    private static void Merge(string path, EuElement entity, EuElement own, Dictionary<string, EuElement> elements)
    {
        // A new entity has no attributes yet: its first row sets them.
        var earlier = entity.Attributes.Count == 0 ? [] : own.Attributes.Keys.Union(entity.Attributes.Keys);
        foreach (var attribute in earlier)
        {
            if (own[attribute] != entity[attribute])
            {
                throw new ListDataException(path, own.Location,
                    $"{EuCsvColumns.HeaderOf(EntityElement, attribute)} '{own[attribute]}' disagrees with '{entity[attribute]}' on {entity.Location}");
            }
        }
        foreach (var (name, value) in own.Attributes) entity.Set(name, value);
        foreach (var remark in own.Remarks) entity.AddRemark(remark);

        // Top-level details and the entity's own sub-elements; a detail's sub-elements are already inside it.
        foreach (var (elementPath, element) in elements)
        {
            var detail = !elementPath.Contains('/') && elementPath is not (EntityElement or ExportElement);
            if (!detail && !elementPath.StartsWith(EntityElement + "/", StringComparison.Ordinal)) continue;
            var key = element.Key();
            if (!entity.Children.Exists(c => c.Key() == key)) entity.Children.Add(element);
        }
    }

    /// <summary>fileGenerationDate repeats on every row and must be the same on all.</summary>
    private static EuElement? Agree(string path, EuElement? first, EuElement? row)
    {
        if (first is null || row is null) return first ?? row;
        if (first["generationDate"] != row["generationDate"])
            throw new ListDataException(path, row.Location, $"fileGenerationDate '{row["generationDate"]}' disagrees with '{first["generationDate"]}' on {first.Location}");
        return first;
    }

    private static DateOnly? Published(string path, EuElement? export)
    {
        if (export is null) return null;
        try
        {
            return EuValues.GenerationDate(export, "generationDate");
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, export.Location, e.Message, e);
        }
    }
}
