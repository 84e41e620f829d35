using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Ofac;

/// <summary>What the CSV and XML readers share about an OFAC entry: its type, alias kinds, positions, and the
/// last step that resolves "Linked To" relations across the list and builds the entities.</summary>
internal static class OfacEntries
{
    public static string EntityId(string sourceId, string key) => $"{sourceId}:{key}";

    /// <summary>A name as OFAC publishes it; OFAC does not state the script, so it is detected.</summary>
    public static EntityName Name(string value, NameKind kind, NameQuality quality) =>
        new(value, kind, quality, ScriptDetector.Detect(value));

    /// <summary>SDN_Type / sdnType: "individual", "vessel", "aircraft"; entities have no type in the CSV ("-0-")
    /// and "Entity" in the XML. Null for a type OFAC does not use.</summary>
    public static Schema? SchemaOf(string? type) => type?.ToLowerInvariant() switch
    {
        null or "entity" => Schema.Organization,
        "individual" => Schema.Person,
        "vessel" => Schema.Vessel,
        "aircraft" => Schema.Aircraft,
        _ => null,
    };

    /// <summary>alt_type ("aka", "fka", "nka") or the XML aka type ("a.k.a.", "f.k.a.", "n.k.a."). Null when
    /// unknown.</summary>
    public static NameKind? AliasKind(string? type) => type?.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "aka" => NameKind.Alias,
        "fka" => NameKind.Former,
        "nka" => NameKind.NowKnownAs,
        _ => null,
    };

    /// <summary>The title field holds one or more positions separated by "; ".</summary>
    public static void AddPositions(EntityBuilder entity, string? title)
    {
        if (title is null) return;
        foreach (var position in title.Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            EntityBuilder.AddDistinct(entity.Positions, position);
    }

    /// <summary>
    /// Resolves every "Linked To: X" to the entity on the same list named X (primary name or alias, ignoring case),
    /// then builds the entities. A name borne by several entities resolves to the one whose primary name it is; when
    /// that is still not one entity, or X is not on the list, the link keeps no id rather than a guessed one.
    /// </summary>
    public static LoadedList Build(ListVersion version, IReadOnlyList<EntityBuilder> entities)
    {
        var byName = new Dictionary<string, List<NameHolder>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            foreach (var name in entity.Names)
            {
                var key = LinkKey(name.Value);
                if (!byName.TryGetValue(key, out var holders)) byName[key] = holders = [];
                if (!holders.Exists(h => h.Entity == entity)) holders.Add(new NameHolder(entity, name));
            }
        }

        foreach (var entity in entities)
        {
            for (var i = 0; i < entity.Links.Count; i++)
            {
                var link = entity.Links[i];
                if (byName.TryGetValue(LinkKey(link.TargetName), out var holders) && Single(holders) is { } target)
                    entity.Links[i] = link with { TargetName = target.Name.Value, TargetId = target.Entity.Id };
            }
        }
        return new LoadedList(version, [.. entities.Select(e => e.Build(version))]);
    }

    // The CSV ends its remarks with a full stop, which the reader cannot tell from a name's own ("CO., LTD."), so
    // a link that comes last may have lost it: names are compared without it, and a resolved link takes the
    // target's name as listed.
    private static string LinkKey(string name) => name.TrimEnd('.');

    private static NameHolder? Single(List<NameHolder> holders)
    {
        if (holders.Count == 1) return holders[0];
        var primaries = holders.FindAll(h => h.Name.Kind == NameKind.Primary);
        return primaries.Count == 1 ? primaries[0] : null;
    }

    private sealed record NameHolder(EntityBuilder Entity, EntityName Name);
}
