using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Uk;

/// <summary>
/// Reads the UK Sanctions List as the FCDO publishes it in XML (root &lt;Designations&gt;, one &lt;Designation&gt;
/// per designated party). It is the same source as the OFSI ConList: a designation OFSI also lists has the same id,
/// "uk:&lt;OFSIGroupID&gt;", from either file. A designation OFSI does not list (a ship under port-entry measures
/// alone) has no OFSIGroupID and is "uk:&lt;UniqueID&gt;"; the two never collide, Group IDs being numbers. The file
/// is streamed; only one designation is held as a tree at a time.
/// </summary>
public static class FcdoXmlReader
{
    public const string Format = "UK Sanctions List XML";
    public const string RootElement = "Designations";

    /// <exception cref="ListDataException">The file is missing, not well-formed (truncated, bytes that are not the
    /// declared encoding), or a designation lacks its UniqueID or a name, has a malformed value, or repeats another's
    /// UniqueID or OFSIGroupID (the message names the line).</exception>
    public static LoadedList Read(string path)
    {
        var (published, designations) = ListXml.Read(path, xml => ReadDesignations(path, xml));
        var version = ListVersionFactory.Create(OfsiConListReader.SourceId, Format, published, [ListVersionFactory.Describe(path, "main")]);
        return new LoadedList(version, [.. designations.Select(builder => builder.Build(version))]);
    }

    private static (DateOnly? Published, List<EntityBuilder> Designations) ReadDesignations(string path, XmlReader xml)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != RootElement)
            throw new ListDataException(path, ListXml.Line(xml), $"root element is <{xml.LocalName}>, not <{RootElement}>");
        var published = ReadGeneratedAttribute(path, xml);

        var designations = new List<EntityBuilder>();
        var seenIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenUniqueIds = new Dictionary<string, string>(StringComparer.Ordinal);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1)
            {
                xml.Read();
                continue;
            }
            if (xml.LocalName == "DateGenerated")
            {
                // The list's own day of publication; the root attribute is a UTC time that can fall on another day.
                var line = ListXml.Line(xml);
                published = ParseDate(path, line, "DateGenerated", xml.ReadElementContentAsString());
            }
            else if (xml.LocalName == "Designation")
            {
                designations.Add(ReadDesignation(path, xml, designations.Count + 1, seenIds, seenUniqueIds));
            }
            else
            {
                xml.Skip();
            }
        }
        return (published, designations);
    }

    private static EntityBuilder ReadDesignation(
        string path, XmlReader xml, int ordinal, Dictionary<string, string> seenIds, Dictionary<string, string> seenUniqueIds)
    {
        var line = ListXml.Line(xml);
        // ReadFrom leaves the reader on the node after the designation, so the loop must not Read() again.
        var designation = (XElement)XNode.ReadFrom(xml);
        var uniqueId = TextCleaning.Clean(designation.Element("UniqueID")?.Value);
        var location = $"{line}, Designation #{ordinal} (UniqueID {uniqueId ?? "none"})";
        if (uniqueId is null) throw new ListDataException(path, location, "no UniqueID");
        if (!seenUniqueIds.TryAdd(uniqueId, location))
            throw new ListDataException(path, location, $"UniqueID {uniqueId} is already used at {seenUniqueIds[uniqueId]}");

        var (id, key) = IdOf(path, location, designation, uniqueId);
        if (!seenIds.TryAdd(id, location))
            throw new ListDataException(path, location, $"{key} is already used at {seenIds[id]}");

        EntityBuilder builder;
        try
        {
            builder = FcdoDesignation.Parse(designation, id);
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, location, e.Message, e);
        }
        if (builder.Names.Count == 0) throw new ListDataException(path, location, $"{uniqueId} has no name");
        return builder;
    }

    /// <summary>The entity id, and what it was made of for error messages ("OFSIGroupID 7270").</summary>
    private static (string Id, string Key) IdOf(string path, string location, XElement designation, string uniqueId)
    {
        if (TextCleaning.Clean(designation.Element("OFSIGroupID")?.Value) is not { } groupText)
            return ($"{OfsiConListReader.SourceId}:{uniqueId}", $"UniqueID {uniqueId}");
        // Parsed as a number and written back, as the ConList reader does, so "07270" and "7270" are one id.
        if (!long.TryParse(groupText, NumberStyles.None, CultureInfo.InvariantCulture, out var group))
            throw new ListDataException(path, location, $"OFSIGroupID '{groupText}' is not a number");
        var key = group.ToString(CultureInfo.InvariantCulture);
        return ($"{OfsiConListReader.SourceId}:{key}", $"OFSIGroupID {key}");
    }

    private static DateOnly? ReadGeneratedAttribute(string path, XmlReader xml)
    {
        if (xml.GetAttribute("dateGenerated") is not { } generated) return null;
        return DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? DateOnly.FromDateTime(at.UtcDateTime)
            : throw new ListDataException(path, ListXml.Line(xml), $"dateGenerated '{generated}' is not a date");
    }

    private static DateOnly ParseDate(string path, string line, string element, string text)
    {
        try
        {
            return FcdoDesignation.ParseDate(element, text);
        }
        catch (FormatException e)
        {
            throw new ListDataException(path, line, e.Message, e);
        }
    }
}
