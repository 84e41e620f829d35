using System.Globalization;
using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Uk;

/// <summary>
/// Turns one &lt;Designation&gt; of the FCDO UK Sanctions List into an entity that looks as the same designation does
/// when read from the OFSI ConList (<see cref="ConListRowMapper"/>): the same name order and kinds, identifier types
/// and labels, address parts and remarks. What a person's details say is left to <see cref="FcdoIndividual"/>.
/// </summary>
internal static class FcdoDesignation
{
    private static readonly string[] NameParts = ["Name1", "Name2", "Name3", "Name4", "Name5", "Name6"];
    private static readonly string[] StreetLines = ["AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "AddressLine5"];

    /// <exception cref="FormatException">The designation has an unknown IndividualEntityShip, NameType or
    /// AliasStrength, a name without any part, or a DateDesignated that is not dd/mm/yyyy.</exception>
    public static EntityBuilder Parse(XElement designation, string id)
    {
        var builder = new EntityBuilder(id, SchemaOf(Text(designation, "IndividualEntityShip")));
        foreach (var name in Children(designation, "Names", "Name")) AddName(builder, name);
        foreach (var name in Children(designation, "NonLatinNames", "NonLatinName")) AddNonLatinName(builder, name);
        foreach (var title in Values(designation, "Title")) EntityBuilder.AddDistinct(builder.Titles, title);
        foreach (var address in Children(designation, "Addresses", "Address")) AddAddress(builder, address);
        FcdoIndividual.Add(builder, designation);
        // Free text, though a tagged part "(Tag):…" in it is read as the ConList's would be; it comes first among
        // the remarks, as in the ConList's cell.
        OtherInformation.Apply(builder, Text(designation, "OtherInformation"));
        AddTaggedElements(builder, designation);

        if (Text(designation, "RegimeName") is { } regime) EntityBuilder.AddDistinct(builder.Programs, FcdoLabels.RegimeOf(regime));
        if (Text(designation, "DateDesignated") is { } designated) builder.ListedOn = ParseDate("DateDesignated", designated);
        if (Text(designation, "SanctionsImposed") is { } sanctions)
            EntityBuilder.AddDistinct(builder.Remarks, $"Sanctions imposed: {string.Join(", ", sanctions.Split('|', StringSplitOptions.TrimEntries))}");
        return builder;
    }

    /// <summary>The list's dates are dd/mm/yyyy.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static DateOnly ParseDate(string element, string text) =>
        DateOnly.TryParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{element} '{text}' is not a dd/mm/yyyy date");

    /// <summary>The cleaned text of the child <paramref name="name"/>; null when absent or blank.</summary>
    public static string? Text(XElement parent, string name) => TextCleaning.Clean(parent.Element(name)?.Value);

    /// <summary>The cleaned, non-blank texts of every element <paramref name="name"/> at any depth.</summary>
    public static IEnumerable<string> Values(XElement designation, string name) =>
        designation.Descendants(name).Select(e => TextCleaning.Clean(e.Value)).OfType<string>();

    private static IEnumerable<XElement> Children(XElement designation, string list, string item) =>
        designation.Elements(list).Elements(item);

    private static Schema SchemaOf(string? type) => type switch
    {
        "Individual" => Schema.Person,
        // As the ConList reader: the list does not say which entities are companies.
        "Entity" => Schema.Organization,
        "Ship" => Schema.Vessel,
        _ => throw new FormatException($"unknown IndividualEntityShip '{type}'"),
    };

    /// <summary>"Name1 … Name5 Name6": given names first, then the surname, or an organization's or ship's whole
    /// name in Name6, as the ConList's "Name 1 … Name 6".</summary>
    private static void AddName(EntityBuilder builder, XElement name)
    {
        var kind = FcdoLabels.NameKindOf(Text(name, "NameType"));
        var quality = FcdoLabels.NameQualityOf(Text(name, "AliasStrength"));
        var text = string.Join(' ', NameParts.Select(part => Text(name, part)).OfType<string>());
        if (text.Length == 0) throw new FormatException("a Name has no Name1 … Name6");
        builder.AddName(new EntityName(text, kind, quality, ScriptDetector.Detect(text)));
    }

    /// <summary>The list keeps non-Latin names apart from the others, without a NameType. The ConList writes them
    /// on the primary name's row (almost all of them), so they are primary names here too; the script is read from
    /// the letters, as there.</summary>
    private static void AddNonLatinName(EntityBuilder builder, XElement name)
    {
        if (Text(name, "NameNonLatinScript") is not { } text) return;
        builder.AddName(new EntityName(text, NameKind.Primary, NameQuality.Unspecified, ScriptDetector.Detect(text), Text(name, "NonLatinScriptLanguage")));
    }

    /// <summary>Lines 1–5 are street-level; line 6 mostly holds the town, as the ConList's Address 1–6.</summary>
    private static void AddAddress(EntityBuilder builder, XElement element)
    {
        var street = string.Join(", ", StreetLines.Select(line => Text(element, line)).OfType<string>());
        var address = new Address(
            street.Length == 0 ? null : street,
            Text(element, "AddressLine6"),
            PostalCode: Text(element, "AddressPostalCode"),
            Country: Text(element, "AddressCountry"));
        if (address != new Address()) EntityBuilder.AddDistinct(builder.Addresses, address);
    }

    /// <summary>Elements that hold what the ConList tags in Other Information are read by that tag's rule.</summary>
    private static void AddTaggedElements(EntityBuilder builder, XElement designation)
    {
        foreach (var element in designation.Descendants())
        {
            if (element.HasElements || !FcdoLabels.TaggedElements.TryGetValue(element.Name.LocalName, out var tagged)) continue;
            if (tagged.ValueOf(element.Value) is { } value) OtherInformation.Apply(builder, tagged.Tag, value);
        }
    }
}
