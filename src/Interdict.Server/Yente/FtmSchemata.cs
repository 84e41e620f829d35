using System.Collections.Frozen;
using Interdict.Core.Model;

namespace Interdict.Server.Yente;

/// <summary>A FollowTheMoney schema a yente query may name, and what it means for Interdict's engine.</summary>
/// <param name="Name">The FtM name, e.g. "Company".</param>
/// <param name="Engine">The schema the engine screens with (it decides how names are read); null for any.</param>
/// <param name="Matches">The Interdict schemata whose entities answer the query, as FtM's matchable schemata do: a
/// Company query finds companies and organisations of unstated kind, a LegalEntity query people and organisations.</param>
/// <param name="Properties">The FtM properties the schema has: any other is refused, as yente refuses it.</param>
internal sealed record FtmQuerySchema(string Name, Schema? Engine, IReadOnlySet<Schema> Matches, FrozenSet<string> Properties);

/// <summary>
/// The part of FollowTheMoney's model the yente endpoints need: the query schemata with their properties, and the
/// FtM name of each Interdict schema. Property lists follow the FtM schema files (Thing, LegalEntity, Person,
/// Organization, Company, Vehicle, Vessel, Airplane); entity-valued properties (owner, parent…) are left out, since a
/// query cannot refer to other entities.
/// </summary>
internal static class FtmSchemata
{
    private static readonly string[] Thing =
    [
        "name", "alias", "weakAlias", "previousName", "summary", "description", "country", "address", "notes", "topics",
        "keywords", "sourceUrl", "wikipediaUrl", "wikidataId", "publisher", "publisherUrl", "program", "programId",
        "createdAt", "modifiedAt", "retrievedAt", "indexText",
    ];

    private static readonly string[] LegalEntity =
    [
        "email", "phone", "website", "legalForm", "incorporationDate", "dissolutionDate", "taxStatus", "status", "sector",
        "classification", "registrationNumber", "idNumber", "taxNumber", "vatCode", "jurisdiction", "mainCountry",
        "opencorporatesUrl", "bvdId", "icijId", "okpoCode", "innCode", "ogrnCode", "leiCode", "dunsCode",
        "uniqueEntityId", "npiCode", "swiftBic",
    ];

    private static readonly string[] Person =
    [
        "title", "firstName", "secondName", "middleName", "fatherName", "motherName", "lastName", "nameSuffix",
        "birthDate", "birthPlace", "birthCountry", "deathDate", "position", "nationality", "citizenship",
        "passportNumber", "socialSecurityNumber", "gender", "ethnicity", "religion", "political", "education",
        "height", "weight", "eyeColor", "hairColor", "appearance", "spokenLanguage",
    ];

    private static readonly string[] Organization = ["cageCode", "permId", "imoNumber", "giiNumber"];

    private static readonly string[] Company =
    [
        "capital", "voenCode", "coatoCode", "irsCode", "ipoCode", "cikCode", "jibCode", "mbsCode", "ibcRuc", "caemCode",
        "kppCode", "okvedCode", "okopfCode", "fnsCode", "fssCode", "bikCode", "pfrNumber", "oksmCode", "isinCode",
        "ticker", "ricCode", "sicCode",
    ];

    private static readonly string[] Vehicle = ["registrationNumber", "type", "model", "buildDate", "registrationDate", "deregistrationDate"];

    private static readonly string[] Vessel =
    [
        "imoNumber", "crsNumber", "flag", "registrationPort", "navigationArea", "tonnage", "grossRegisteredTonnage",
        "deadweightTonnage", "nameChangeDate", "callSign", "pastNames", "pastFlags", "pastTypes", "mmsi",
    ];

    private static readonly string[] Airplane = ["serialNumber", "icaoCode", "manufacturer"];

    private static readonly Schema[] Organisations = [Schema.Organization, Schema.Company, Schema.PublicBody];

    private static readonly FrozenDictionary<string, FtmQuerySchema> QuerySchemata = new FtmQuerySchema[]
    {
        new("Thing", null, Enum.GetValues<Schema>().ToHashSet(), Props(Thing)),
        new("LegalEntity", null, new HashSet<Schema>([Schema.Person, .. Organisations]), Props(Thing, LegalEntity)),
        new("Person", Schema.Person, new HashSet<Schema> { Schema.Person }, Props(Thing, LegalEntity, Person)),
        new("Organization", Schema.Organization, Organisations.ToHashSet(), Props(Thing, LegalEntity, Organization)),
        new("Company", Schema.Organization, new HashSet<Schema> { Schema.Company, Schema.Organization }, Props(Thing, LegalEntity, Organization, Company)),
        new("PublicBody", Schema.Organization, new HashSet<Schema> { Schema.PublicBody, Schema.Organization }, Props(Thing, LegalEntity, Organization)),
        new("Vessel", Schema.Vessel, new HashSet<Schema> { Schema.Vessel }, Props(Thing, Vehicle, Vessel)),
        new("Airplane", Schema.Aircraft, new HashSet<Schema> { Schema.Aircraft }, Props(Thing, Vehicle, Airplane)),
    }.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The schema names a query may use, for error messages and documentation.</summary>
    public static IEnumerable<string> QuerySchemaNames => QuerySchemata.Keys.Order(StringComparer.Ordinal);

    /// <summary>The query schema of that FtM name (case as FtM writes it); null for any other name.</summary>
    public static FtmQuerySchema? Query(string? name) => name is null ? null : QuerySchemata.GetValueOrDefault(name);

    /// <summary>The FtM schema name an Interdict schema is published under.</summary>
    public static string NameOf(Schema schema) => schema switch
    {
        Schema.Aircraft => "Airplane",
        _ => schema.ToString(),
    };

    private static FrozenSet<string> Props(params string[][] groups) =>
        groups.SelectMany(g => g).ToFrozenSet(StringComparer.Ordinal);
}
