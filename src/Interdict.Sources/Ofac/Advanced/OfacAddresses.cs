using Interdict.Core.Model;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// Builds an address from the typed parts of OFAC's advanced and enhanced XML (ADDRESS1…3, CITY, STATE/PROVINCE,
/// REGION, POSTAL CODE), as the classic XML's address1…3, city, stateOrProvince, postalCode. A REGION ("Gaza") is a
/// region; the classic XML, which has no field for it, writes "Region: Gaza" in its country field instead.
/// </summary>
internal static class OfacAddresses
{
    /// <summary>The address, or null when no part and no country is given (OFAC lists such empty locations).</summary>
    public static Address? Build(IEnumerable<(string Type, string Value)> parts, string? country)
    {
        var street = new List<string>();
        var regions = new List<string>();
        var notes = new List<string>();
        string? city = null, postalCode = null;
        foreach (var (type, value) in parts)
        {
            switch (type.ToUpperInvariant())
            {
                case "ADDRESS1" or "ADDRESS2" or "ADDRESS3":
                    street.Add(value);
                    break;
                case "CITY":
                    city = value;
                    break;
                case "STATE/PROVINCE" or "REGION":
                    regions.Add(value);
                    break;
                case "POSTAL CODE":
                    postalCode = value;
                    break;
                default:
                    notes.Add($"{type}: {value}");
                    break;
            }
        }
        var address = new Address(Joined(street), city, Joined(regions), postalCode, country, Joined(notes));
        return address == new Address() ? null : address;
    }

    private static string? Joined(List<string> values) => values.Count == 0 ? null : string.Join(", ", values);
}
