using System.Xml.Linq;
using Interdict.Core.Model;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// What the sections of an advanced XML file before its parties define, which the parties refer to by ID: the
/// reference values, the locations (addresses and countries) and the identity documents (by the identity they
/// belong to).
/// </summary>
internal sealed class AdvancedFile(string path, string sourceId, XNamespace ns)
{
    private readonly Dictionary<string, AdvancedLocation> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OfacDocument>> _documents = new(StringComparer.Ordinal);
    private AdvancedReferences? _references;

    public string Path => path;
    public string SourceId => sourceId;
    public XNamespace Ns => ns;

    /// <exception cref="ListDataException">The file has not defined its reference values yet.</exception>
    public AdvancedReferences References =>
        _references ?? throw new ListDataException(path, null, "ReferenceValueSets must come before the sections that use them");

    public void ReadReferences(XElement sets) => _references = AdvancedReferences.Read(path, sets);

    /// <summary>A location a feature or document refers to.</summary>
    /// <exception cref="ListDataException">The location is not defined in the file's Locations.</exception>
    public AdvancedLocation Location(string? id, string location) =>
        id is not null && _locations.TryGetValue(id, out var found)
            ? found
            : throw new ListDataException(path, location, $"Location {id} is not defined in Locations");

    /// <summary>The identity documents of an identity, in file order.</summary>
    public IReadOnlyList<OfacDocument> Documents(string? identityId) =>
        identityId is not null && _documents.TryGetValue(identityId, out var found) ? found : [];

    /// <summary>Reads one &lt;Location&gt;: its parts as an address, and its country.</summary>
    public void AddLocation(XElement element, string line)
    {
        var id = element.Attribute("ID")?.Value ?? throw new ListDataException(path, line, "a Location has no ID");
        var where = $"{line}, Location {id}";
        var country = element.Element(ns + "LocationCountry") is { } c ? References.Text(c, "Country", where) : null;
        var parts = element.Elements(ns + "LocationPart").Select(part => (
            Type: References.Text(part, "LocPartType", where),
            Value: XmlSections.Text(part.Elements(ns + "LocationPartValue")
                .FirstOrDefault(v => v.Attribute("Primary")?.Value != "false")?.Element(ns + "Value"))))
            .Where(p => p.Value is not null)
            .Select(p => (p.Type, p.Value!))
            .ToList();
        var text = parts.Count == 0 ? null : string.Join(", ", parts.Select(p => p.Item2));
        _locations[id] = new AdvancedLocation(OfacAddresses.Build(parts, country), country, text);
    }

    /// <summary>Reads one &lt;IDRegDocument&gt;: type, number, issuing country, issue and expiry dates.</summary>
    public void AddDocument(XElement element, string line)
    {
        var id = element.Attribute("ID")?.Value;
        var where = $"{line}, IDRegDocument {id}";
        var identity = element.Attribute("IdentityID")?.Value ?? throw new ListDataException(path, where, "the document has no IdentityID");
        var number = XmlSections.Text(element.Element(ns + "IDRegistrationNo"))
            ?? throw new ListDataException(path, where, "the document has no IDRegistrationNo");
        var type = References.Text(element, "IDRegDocType", where);
        var country = element.Attribute("IssuedBy-CountryID")?.Value is { } countryId ? References.Text("Country", countryId, where) : null;
        string? issued = null, expires = null;
        foreach (var date in element.Elements(ns + "DocumentDate"))
        {
            var text = date.Element(ns + "DatePeriod") is { } period ? AdvancedDates.Period(period, ns) : null;
            if (References.Text(date, "IDRegDocDateType", where) == "Expiration Date") expires = text;
            else issued = text;
        }
        if (!_documents.TryGetValue(identity, out var documents)) _documents[identity] = documents = [];
        documents.Add(new OfacDocument(type, number, country, issued, expires));
    }
}

/// <summary>A location: the address it describes (null when it has no parts and no country), its country, and its
/// parts' text. A location that stands for a country, as a nationality's does, may name it in a part of unknown type
/// rather than as its country.</summary>
internal sealed record AdvancedLocation(Address? Address, string? Country, string? Text);
