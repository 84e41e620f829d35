using System.Globalization;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Ofac;
using Interdict.Sources.Sheets;

namespace Interdict.Sources.UsCsl;

/// <summary>
/// Reads the BIS Denied Persons List as BIS publishes it, tab separated with a header: one row per address of a
/// party named in a denial order. The rows of one party and order (the same name and effective date) form one
/// entity "us-bis-dpl:&lt;key&gt;" (<see cref="Key"/>). The list has no type column: a party is a person unless
/// its name has an organization word (<see cref="UntypedParties"/>). The file states no publication date.
/// </summary>
public static class BisDplReader
{
    public const string SourceId = "us-bis-dpl";
    public const string Format = "BIS Denied Persons List (tab separated)";

    private const string Name = "Name", Street = "Street_Address", City = "City", State = "State", Country = "Country",
        PostalCode = "Postal_Code", EffectiveDate = "Effective_Date", ExpirationDate = "Expiration_Date",
        Action = "Action", FrCitation = "FR_Citation";

    /// <summary>The columns read; the others (Standard_Order, Last_Update) say how BIS keeps the list.</summary>
    private static readonly string[] Columns = [Name, Street, City, State, Country, PostalCode, EffectiveDate, ExpirationDate, Action, FrCitation];

    public static bool IsHeader(IReadOnlyList<string> firstRow) => Array.TrueForAll(Columns, firstRow.Contains);

    /// <exception cref="ListDataException">The file is damaged, or a row has a wrong field count, no name or a
    /// malformed date (the message names the row).</exception>
    public static LoadedList Read(string path)
    {
        using var sheet = CsvRows.Open(path, '\t');
        var header = sheet.Next()?.Select(h => h ?? "").ToList() ?? throw new ListDataException(path, null, "the file is empty");
        if (!IsHeader(header))
            throw new ListDataException(path, "row 1", $"not the Denied Persons List header: it needs the columns {string.Join(", ", Columns)}");
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));

        var entities = new Dictionary<string, EntityBuilder>(StringComparer.Ordinal);
        while (sheet.Next() is { } row)
        {
            var location = $"row {sheet.RowNumber}";
            if (row.Count != header.Count)
                throw new ListDataException(path, location, $"{row.Count} fields where the header has {header.Count}");
            string? Cell(string column) => row[index[column]];
            var name = Cell(Name) ?? throw new ListDataException(path, location, "the entry has no name");
            var effective = ParseDate(path, location, EffectiveDate, Cell(EffectiveDate))
                ?? throw new ListDataException(path, location, "the entry has no Effective_Date");
            var id = $"{SourceId}:{Key(name, effective)}";
            if (!entities.TryGetValue(id, out var entity))
            {
                entity = new EntityBuilder(id, UntypedParties.SchemaOf(name, Schema.Person)) { ListedOn = effective };
                entity.AddName(OfacEntries.Name(name, NameKind.Primary, NameQuality.Good));
                entities.Add(id, entity);
            }
            var address = new Address(Cell(Street), Cell(City), Cell(State), Cell(PostalCode), Cell(Country));
            if (address != new Address()) EntityBuilder.AddDistinct(entity.Addresses, address);
            if (ParseDate(path, location, ExpirationDate, Cell(ExpirationDate)) is { } expires)
                EntityBuilder.AddDistinct(entity.Remarks, $"Expires: {expires:yyyy-MM-dd}");
            if (Cell(FrCitation) is { } citation) EntityBuilder.AddDistinct(entity.Remarks, $"Federal Register: {citation}");
            if (Cell(Action) is { } action) EntityBuilder.AddDistinct(entity.Remarks, $"Action: {action}");
        }
        var version = ListVersionFactory.Create(SourceId, Format, published: null, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. entities.Values.Select(e => e.Build(version))]);
    }

    /// <summary>
    /// The first 16 hex digits of the SHA-256 of the name (white space tidied) and the order's effective date: the
    /// same in every reading of a file, and in later publications while BIS keeps the name and date. Rows that share
    /// them are one party's addresses, whatever their Federal Register citations (BIS amends them row by row).
    /// </summary>
    internal static string Key(string name, DateOnly effective) =>
        StableKey.Of(name, effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static DateOnly? ParseDate(string path, string location, string column, string? text)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ListDataException(path, location, $"{column} '{text}' is not an mm/dd/yyyy date");
    }
}

/// <summary>The BIS Denied Persons List file: tab separated, with its header (Name, Street_Address, …, FR_Citation).</summary>
public sealed class BisDplFormat : IListFormat
{
    public string Name => BisDplReader.Format;

    public bool Recognizes(FileHead head) => BisDplReader.IsHeader(head.FirstRow('\t'));

    public LoadedList Read(string path) => BisDplReader.Read(path);
}
