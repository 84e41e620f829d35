using System.Xml.Linq;

namespace Interdict.Sources.Ca;

/// <summary>One &lt;record&gt; of the Canadian list: its fields by element name, each cleaned of the padding and
/// no-break spaces the list carries ("Chigudu ", "Jumah\u00A0"), blank fields left out.</summary>
internal sealed class CaRecord
{
    private readonly Dictionary<string, string> _fields;

    private CaRecord(Dictionary<string, string> fields) => _fields = fields;

    public static CaRecord From(XElement record)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in record.Elements())
        {
            // Long names are wrapped over lines, some inside a hyphenated word ("Almaz-\nAntey").
            if (TextCleaning.Clean(child.Value.Replace("-\n", "-", StringComparison.Ordinal)) is { } value)
                fields[child.Name.LocalName] = value;
        }
        return new CaRecord(fields);
    }

    /// <summary>The regime: a country ("Russia / Russie") or a thematic regime, English and French.</summary>
    public string? Country => Field("Country");
    public string? LastName => Field("LastName");
    public string? GivenName => Field("GivenName");
    /// <summary>The name of an entity or of a ship.</summary>
    public string? EntityOrShip => Field("EntityOrShip");
    /// <summary>A person's title or rank, or a ship's type ("Oil Tanker").</summary>
    public string? TitleOrShip => Field("TitleOrShip");
    public string? DateOfBirthOrShipBuildDate => Field("DateOfBirthOrShipBuildDate");
    public string? ShipImoNumber => Field("ShipIMONumber");
    public string? Aliases => Field("Aliases");
    /// <summary>"1, Part 1": where in the regulations the item is; absent in the older regulations.</summary>
    public string? Schedule => Field("Schedule");
    public string? Item => Field("Item");
    public string? DateOfListing => Field("DateOfListing");

    private string? Field(string name) => _fields.GetValueOrDefault(name);
}
