using System.Xml.Linq;
using CsvHelper;

namespace Interdict.Sources.Tests.Eu;

/// <summary>
/// No real EU FSF CSV file is among the shared files (nor was one at hand when the reader was written), so the CSV
/// tests write one from the XML sample: the CSV 1.1 header as the EU publishes it, then for each sanctionEntity
/// one row per nameAlias, address, birthdate, identification and citizenship, each repeating the entity's own
/// columns. The column-to-attribute mapping here is written independently of the reader's csv-columns.tsv, from
/// the naming convention of the CSV (Section_AttributeInPascalCase) and its few exceptions.
/// </summary>
internal static class EuCsvSample
{
    public static readonly string[] Header =
    [
        "fileGenerationDate", "Entity_LogicalId", "Entity_EU_ReferenceNumber", "Entity_UnitedNationId",
        "Entity_DesignationDate", "Entity_DesignationDetails", "Entity_Remark", "Entity_SubjectType",
        "Entity_SubjectType_ClassificationCode", .. Regulation("Entity"),
        "NameAlias_LastName", "NameAlias_FirstName", "NameAlias_MiddleName", "NameAlias_WholeName", "NameAlias_NameLanguage",
        "NameAlias_Gender", "NameAlias_Title", "NameAlias_Function", .. Detail("NameAlias"),
        "Address_City", "Address_Street", "Address_PoBox", "Address_ZipCode", "Address_Region", "Address_Place",
        "Address_AsAtListingTime", "Address_ContactInfo", "Address_CountryIso2Code", "Address_CountryDescription", .. Detail("Address"),
        "BirthDate_BirthDate", "BirthDate_Day", "BirthDate_Month", "BirthDate_Year", "BirthDate_YearRangeFrom",
        "BirthDate_YearRangeTo", "BirthDate_Circa", "BirthDate_CalendarType", "BirthDate_ZipCode", "BirthDate_Region",
        "BirthDate_Place", "BirthDate_City", "BirthDate_CountryIso2Code", "BirthDate_CountryDescription", .. Detail("BirthDate"),
        "Identification_Number", "Identification_Diplomatic", "Identification_KnownExpired", "Identification_KnownFalse",
        "Identification_ReportedLost", "Identification_RevokedByIssuer", "Identification_IssuedBy", "Identification_IssuedDate",
        "Identification_ValidFrom", "Identification_ValidTo", "Identification_LatinNumber", "Identification_NameOnDocument",
        "Identification_TypeCode", "Identification_TypeDescription", "Identification_Region", "Identification_CountryIso2Code",
        "Identification_CountryDescription", .. Detail("Identification"),
        "Citizenship_Region", "Citizenship_CountryIso2Code", "Citizenship_CountryDescription", .. Detail("Citizenship"),
    ];

    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["NameAlias"] = "nameAlias",
        ["Address"] = "address",
        ["BirthDate"] = "birthdate",
        ["Identification"] = "identification",
        ["Citizenship"] = "citizenship",
    };

    /// <summary>Where the attribute name is not the column's suffix in camel case.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["Entity_EU_ReferenceNumber"] = "euReferenceNumber",
        ["BirthDate_BirthDate"] = "birthdate",
        ["BirthDate_Day"] = "dayOfMonth",
        ["BirthDate_Month"] = "monthOfYear",
        ["Identification_TypeCode"] = "identificationTypeCode",
        ["Identification_TypeDescription"] = "identificationTypeDescription",
    };

    /// <summary>The rows (header first) for the entities of an EU XML file.</summary>
    public static List<string[]> Rows(string xmlPath)
    {
        var root = XDocument.Load(xmlPath).Root!;
        List<string[]> rows = [[.. Header]];
        foreach (var entity in root.Elements().Where(e => e.Name.LocalName == "sanctionEntity"))
        {
            var details = entity.Elements().Where(e => Sections.ContainsValue(e.Name.LocalName)).ToList();
            if (details.Count == 0) rows.Add(Row(root, entity, null));
            rows.AddRange(details.Select(detail => Row(root, entity, detail)));
        }
        return rows;
    }

    public static void Write(string path, IEnumerable<string[]> rows)
    {
        using var writer = CsvWriter.Create(new StreamWriter(path), new CsvWriterOptions { Separator = ';', ValidateFieldCount = false });
        foreach (var row in rows) writer.WriteRecord(row);
    }

    private static string[] Row(XElement root, XElement entity, XElement? detail) =>
        [.. Header.Select(column => Cell(root, entity, detail, column))];

    private static string Cell(XElement root, XElement entity, XElement? detail, string column)
    {
        if (column == "fileGenerationDate") return ((string?)root.Attribute("generationDate"))?[..10] ?? "";
        var (section, rest) = (column[..column.IndexOf('_', StringComparison.Ordinal)], column[(column.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        XElement? element = section == "Entity" ? entity : detail?.Name.LocalName == Sections[section] ? detail : null;
        if (element is null) return "";
        if (section == "Entity" && rest.StartsWith("SubjectType", StringComparison.Ordinal))
            return Attribute(Child(entity, "subjectType"), rest == "SubjectType" ? "code" : "classificationCode");
        if (rest.StartsWith("Regulation_", StringComparison.Ordinal))
        {
            var regulation = Child(element, section == "Entity" ? "regulation" : "regulationSummary");
            var field = rest["Regulation_".Length..];
            return field == "Type" ? Attribute(regulation, "regulationType")
                : field == "PublicationUrl" && Child(regulation, "publicationUrl") is { } url ? url.Value
                : Attribute(regulation, Camel(field));
        }
        if (rest == "Remark") return string.Join(" ", element.Elements().Where(e => e.Name.LocalName == "remark").Select(e => e.Value));
        if (rest == "ContactInfo")
        {
            return string.Join("; ", element.Elements().Where(e => e.Name.LocalName == "contactInfo")
                .Select(e => $"{Attribute(e, "key")}: {Attribute(e, "value")}"));
        }
        return Attribute(element, Renamed.GetValueOrDefault(column) ?? Camel(rest));
    }

    private static IEnumerable<string> Regulation(string section) =>
        ((string[])["Type", "OrganisationType", "PublicationDate", "EntryIntoForceDate", "NumberTitle", "Programme", "PublicationUrl"])
            .Select(field => $"{section}_Regulation_{field}");

    private static IEnumerable<string> Detail(string section) =>
        ((string[])[$"{section}_LogicalId", $"{section}_RegulationLanguage", $"{section}_Remark"]).Concat(Regulation(section));

    private static XElement? Child(XElement? element, string name) => element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string Attribute(XElement? element, string name) => (string?)element?.Attribute(name) ?? "";

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
