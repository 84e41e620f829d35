using System.Runtime.CompilerServices;
using System.Text.Json;
using Interdict.Core.Model;
using Interdict.Core.Text;
using Interdict.Server.Native;

namespace Interdict.Server.Yente;

/// <summary>An entity as FollowTheMoney describes it: schema name, properties (name → values) and what the yente
/// endpoints filter and count by. Built once per entity; <see cref="PropertiesJson"/> is the properties object
/// already encoded, so answers copy it instead of writing it again.</summary>
internal sealed class FtmEntity
{
    public required string Schema { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string[]>> Properties { get; init; }
    public required byte[] PropertiesJson { get; init; }
    /// <summary>Lower-case ISO codes of nationality, citizenship, country, jurisdiction and flag.</summary>
    public required IReadOnlyList<string> Countries { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    /// <summary>The party is a screening target (on a sanctions or a firm's block list), as yente's <c>target</c>.</summary>
    public bool Target { get; init; }
}

/// <summary>
/// Maps an <see cref="Entity"/> to FollowTheMoney properties, as OpenSanctions publishes a listed party: names by
/// kind (name, alias, weakAlias, previousName), dates as ISO text, countries as lower-case ISO codes, identifiers
/// under the property of their kind (passportNumber, taxNumber, innCode, registrationNumber, ogrnCode, leiCode,
/// imoNumber…), programmes, remarks as notes and topic "sanction" for official lists. Cached per entity.
/// </summary>
internal static class FtmProperties
{
    private static readonly ConditionalWeakTable<Entity, FtmEntity> Cache = [];

    public static FtmEntity Of(Entity entity) => Cache.GetValue(entity, Build);

    private static FtmEntity Build(Entity entity)
    {
        var person = entity.Schema == Schema.Person;
        var p = new PropertyBag();
        foreach (var name in entity.Names) p.Add(NameProperty(name), name.Value);
        foreach (var date in entity.BirthDates) p.AddRange("birthDate", DateValues(date));
        p.AddRange("birthPlace", entity.PlacesOfBirth);
        p.AddRange(person ? "nationality" : "country", entity.Nationalities.SelectMany(CountryCodes));
        p.AddRange(person ? "citizenship" : "country", entity.Citizenships.SelectMany(CountryCodes));
        if (entity.Gender != Gender.Unknown) p.Add("gender", entity.Gender.ToString().ToLowerInvariant());
        p.AddRange("title", entity.Titles);
        p.AddRange("position", entity.Positions);
        foreach (var address in entity.Addresses)
        {
            if (address.ToString() is { Length: > 0 } text) p.Add("address", text);
            if (address.Country is { } country) p.AddRange("country", CountryCodes(country));
        }
        foreach (var date in entity.IncorporationDates) p.AddRange("incorporationDate", DateValues(date));
        foreach (var identifier in entity.Identifiers)
        {
            if (IdentifierProperty(identifier, entity.Schema) is { } property) p.Add(property, IdentifierValue(identifier));
        }
        AddVehicle(p, entity);
        p.AddRange("program", entity.Programs);
        if (entity.ListedOn is { } listed) p.Add("createdAt", listed.ToString("yyyy-MM-dd"));
        p.AddRange("notes", entity.Remarks);
        string[] topics = entity.Version.Kind == ListKind.Sanctions ? ["sanction"] : [];
        p.AddRange("topics", topics);

        var properties = p.ToList();
        return new FtmEntity
        {
            Schema = FtmSchemata.NameOf(entity.Schema),
            Properties = properties,
            PropertiesJson = Encode(properties),
            Countries = [.. properties
                .Where(kv => kv.Key is "nationality" or "citizenship" or "country" or "jurisdiction" or "flag")
                .SelectMany(kv => kv.Value).Distinct(StringComparer.Ordinal)],
            Topics = topics,
            Target = entity.Version.Kind != ListKind.Allow,
        };
    }

    /// <summary>The nested Sanction entity's properties for <c>/entities</c>: programmes, listing date and the
    /// references other lists give the party (UN, EU), as OpenSanctions' <c>unscId</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string[]>> SanctionOf(Entity entity)
    {
        var p = new PropertyBag();
        p.AddRange("program", entity.Programs);
        if (entity.ListedOn is { } listed) p.Add("listingDate", listed.ToString("yyyy-MM-dd"));
        p.AddRange("unscId", entity.Identifiers.Where(i => i.Type == IdentifierType.ListReference).Select(i => i.Value));
        return p.ToList();
    }

    private static string NameProperty(EntityName name) => name switch
    {
        { IsWeak: true } => "weakAlias",
        { Kind: NameKind.Primary } => "name",
        { Kind: NameKind.Former } => "previousName",
        _ => "alias",
    };

    /// <summary>A range gives both ends: FtM dates are single values.</summary>
    private static IEnumerable<string> DateValues(FuzzyDate date) =>
        date.To is { } to ? [date.From.ToString(), to.ToString()] : [date.From.ToString()];

    private static IEnumerable<string> CountryCodes(string text) =>
        (Countries.ToCode(text) is { } code ? [code] : Countries.CodesIn(text)).Select(c => c.ToLowerInvariant());

    /// <summary>The FtM property of an identifier; null for list references, which the nested Sanction carries.</summary>
    private static string? IdentifierProperty(Identifier identifier, Schema schema) => identifier.Type switch
    {
        IdentifierType.Passport => schema == Schema.Person ? "passportNumber" : "idNumber",
        IdentifierType.TaxId => identifier.Label?.StartsWith("INN", StringComparison.Ordinal) == true ? "innCode" : "taxNumber",
        IdentifierType.RegistrationNumber => identifier.Label?.StartsWith("OGRN", StringComparison.Ordinal) == true ? "ogrnCode" : "registrationNumber",
        IdentifierType.Lei => "leiCode",
        IdentifierType.SwiftBic => "swiftBic",
        IdentifierType.Imo => "imoNumber",
        IdentifierType.Mmsi => "mmsi",
        IdentifierType.AircraftSerial => "serialNumber",
        IdentifierType.AircraftTailNumber => "registrationNumber",
        IdentifierType.Website => "website",
        IdentifierType.Email => "email",
        IdentifierType.Phone => "phone",
        IdentifierType.ListReference => null,
        // National ids, driving licences, wallet addresses and the rest: FtM's catch-all identifier.
        _ => "idNumber",
    };

    /// <summary>IMO numbers as OpenSanctions writes them ("IMO9187629"); others verbatim.</summary>
    private static string IdentifierValue(Identifier identifier) =>
        identifier.Type == IdentifierType.Imo && identifier.Normalized.All(char.IsAsciiDigit) ? "IMO" + identifier.Normalized : identifier.Value;

    private static void AddVehicle(PropertyBag p, Entity entity)
    {
        if (entity.Vessel is { } vessel)
        {
            p.AddRange("type", [vessel.Type]);
            p.AddRange("flag", vessel.Flag is null ? [] : CountryCodes(vessel.Flag));
            p.AddRange("callSign", [vessel.CallSign]);
            p.AddRange("tonnage", [vessel.Tonnage]);
            p.AddRange("grossRegisteredTonnage", [vessel.GrossRegisteredTonnage]);
            p.AddRange("pastFlags", (vessel.FormerFlags ?? []).SelectMany(CountryCodes));
            p.AddRange("buildDate", [vessel.BuildYear]);
        }
        if (entity.Aircraft is { } aircraft)
        {
            p.AddRange("model", [aircraft.Model]);
            p.AddRange("buildDate", [aircraft.ManufactureDate]);
        }
    }

    private static byte[] Encode(IReadOnlyList<KeyValuePair<string, string[]>> properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ResultJson.Compact)) WriteProperties(json, properties);
        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, string[]>> properties)
    {
        json.WriteStartObject();
        WriteValues(json, properties);
        json.WriteEndObject();
    }

    /// <summary>Each property as an array, into an object the caller has opened (and may add nested entities to).</summary>
    public static void WriteValues(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, string[]>> properties)
    {
        foreach (var (name, values) in properties)
        {
            json.WriteStartArray(name);
            foreach (var value in values) json.WriteStringValue(value);
            json.WriteEndArray();
        }
    }

    /// <summary>Properties in first-added order, each value once, blanks dropped.</summary>
    private sealed class PropertyBag
    {
        private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public void Add(string property, string? value)
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed)) return;
            if (!_values.TryGetValue(property, out var list))
            {
                _values[property] = list = [];
                _order.Add(property);
            }
            if (!list.Contains(trimmed, StringComparer.Ordinal)) list.Add(trimmed);
        }

        public void AddRange(string property, IEnumerable<string?> values)
        {
            foreach (var value in values) Add(property, value);
        }

        public List<KeyValuePair<string, string[]>> ToList() => [.. _order.Select(p => KeyValuePair.Create(p, _values[p].ToArray()))];
    }
}
