using System.Xml.Linq;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// The advanced XML's &lt;ReferenceValueSets&gt;: the code tables its parties refer to by ID (alias types, party
/// types, feature types, countries, document types …), each value an element named after its set
/// (&lt;AliasType ID="1400"&gt;A.K.A.&lt;/AliasType&gt;). A reference to a value the file does not define is an error.
/// </summary>
internal sealed class AdvancedReferences
{
    private readonly string _path;
    private readonly Dictionary<(string Set, string Id), XElement> _values = [];

    private AdvancedReferences(string path) => _path = path;

    public static AdvancedReferences Read(string path, XElement sets)
    {
        var references = new AdvancedReferences(path);
        foreach (var value in sets.Elements().SelectMany(set => set.Elements()))
        {
            if (value.Attribute("ID")?.Value is { } id)
                references._values[(value.Name.LocalName, id)] = value;
        }
        return references;
    }

    /// <summary>The value's element, e.g. Element("PartySubType", "4", …) for its PartyTypeID attribute.</summary>
    /// <exception cref="ListDataException">The id is missing or not defined in the set.</exception>
    public XElement Element(string set, string? id, string location)
    {
        if (id is null) throw new ListDataException(_path, location, $"a {set} reference is missing");
        return _values.TryGetValue((set, id), out var value)
            ? value
            : throw new ListDataException(_path, location, $"{set} {id} is not defined in ReferenceValueSets");
    }

    /// <summary>The value's text, e.g. Text("AliasType", "1400", …) = "A.K.A.".</summary>
    public string Text(string set, string? id, string location) => Element(set, id, location).Value.Trim();

    /// <summary>The text of the value referred to by <paramref name="element"/>'s <c>{set}ID</c> attribute.</summary>
    public string Text(XElement element, string set, string location) =>
        Text(set, element.Attribute(set + "ID")?.Value, location);
}
