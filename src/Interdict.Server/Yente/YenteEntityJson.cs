using System.Runtime.CompilerServices;
using System.Text.Json;
using Interdict.Core.Matching;
using Interdict.Core.Model;

namespace Interdict.Server.Yente;

/// <summary>
/// Writes entities in yente's <c>EntityResponse</c> shape: <c>{"id", "caption", "schema", "properties", "datasets",
/// "referents", "target", "first_seen", "last_seen", "last_change"}</c>. Flat for match and search results; nested
/// for <c>/entities</c>, where adjacent entities are embedded in <c>properties</c> as yente nests them: the party's
/// Sanction under <c>sanctions</c>, its stated relations as FtM UnknownLinks under <c>unknownLinkSubject</c> (links
/// it states) and <c>unknownLinkObject</c> (links other entries state to it), each link's other party nested in it.
/// </summary>
internal static class YenteEntityJson
{
    /// <summary>Per index: the links that point at each entity, for the reverse side of the graph.</summary>
    private static readonly ConditionalWeakTable<ScreeningIndex, ILookup<string, (Entity From, int Link)>> Inbound = [];

    /// <summary>The flat entity, in an object of its own.</summary>
    public static void Write(Utf8JsonWriter json, Entity entity, DateTimeOffset loadedAt)
    {
        json.WriteStartObject();
        WriteFields(json, entity, loadedAt);
        json.WriteEndObject();
    }

    /// <summary>The flat entity's fields, into an object the caller has opened (a match result adds its own).</summary>
    public static void WriteFields(Utf8JsonWriter json, Entity entity, DateTimeOffset loadedAt)
    {
        var ftm = FtmProperties.Of(entity);
        WriteHead(json, entity.Id, entity.Caption, ftm.Schema);
        json.WritePropertyName("properties");
        json.WriteRawValue(ftm.PropertiesJson, skipInputValidation: true);
        WriteTail(json, entity, ftm.Target, entity.ListedOn, loadedAt);
    }

    /// <summary>The entity with its Sanction and links nested, one level deep.</summary>
    public static void WriteNested(Utf8JsonWriter json, Entity entity, ScreeningIndex index, DateTimeOffset loadedAt)
    {
        var ftm = FtmProperties.Of(entity);
        json.WriteStartObject();
        WriteHead(json, entity.Id, entity.Caption, ftm.Schema);
        json.WriteStartObject("properties");
        FtmProperties.WriteValues(json, ftm.Properties);
        if (entity.Version.Kind == ListKind.Sanctions)
        {
            json.WriteStartArray("sanctions");
            WriteAdjacent(json, $"{entity.Id}-sanction", entity.Programs.Count > 0 ? entity.Programs[0] : "Sanction", "Sanction",
                FtmProperties.SanctionOf(entity), entity, loadedAt, _ => { });
            json.WriteEndArray();
        }
        if (entity.Links.Count > 0)
        {
            json.WriteStartArray("unknownLinkSubject");
            for (var i = 0; i < entity.Links.Count; i++) WriteLink(json, entity, i, entity, index, loadedAt);
            json.WriteEndArray();
        }
        var inbound = InboundLinks(index)[entity.Id].ToList();
        if (inbound.Count > 0)
        {
            json.WriteStartArray("unknownLinkObject");
            foreach (var (from, link) in inbound) WriteLink(json, from, link, entity, index, loadedAt);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        WriteTail(json, entity, ftm.Target, entity.ListedOn, loadedAt);
        json.WriteEndObject();
    }

    /// <summary>One stated relation as an UnknownLink; the side that is the root entity is left out, as yente
    /// leaves out references back to the entity it nests into.</summary>
    private static void WriteLink(Utf8JsonWriter json, Entity from, int linkIndex, Entity root, ScreeningIndex index, DateTimeOffset loadedAt)
    {
        var link = from.Links[linkIndex];
        var id = $"{from.Id}-link-{linkIndex}";
        WriteAdjacent(json, id, link.Relation, "UnknownLink", [KeyValuePair.Create("role", new[] { link.Relation })], from, loadedAt, inner =>
        {
            if (from != root)
            {
                inner.WriteStartArray("subject");
                Write(inner, from, loadedAt);
                inner.WriteEndArray();
                return;
            }
            inner.WriteStartArray("object");
            if (link.TargetId is { } targetId && index.Find(targetId) is { } target) Write(inner, target, loadedAt);
            else
            {
                // The list names a party it does not carry: a bare LegalEntity with that name stands for it.
                WriteAdjacent(inner, $"{id}-object", link.TargetName, "LegalEntity",
                    [KeyValuePair.Create("name", new[] { link.TargetName })], from, loadedAt, _ => { });
            }
            inner.WriteEndArray();
        });
    }

    /// <summary>An entity Interdict derives from a listed one (its Sanction, a link, an unlisted party): never a
    /// target, from the same source.</summary>
    private static void WriteAdjacent(Utf8JsonWriter json, string id, string caption, string schema,
        IReadOnlyList<KeyValuePair<string, string[]>> properties, Entity source, DateTimeOffset loadedAt, Action<Utf8JsonWriter> nested)
    {
        json.WriteStartObject();
        WriteHead(json, id, caption, schema);
        json.WriteStartObject("properties");
        FtmProperties.WriteValues(json, properties);
        nested(json);
        json.WriteEndObject();
        WriteTail(json, source, target: false, firstSeen: null, loadedAt);
        json.WriteEndObject();
    }

    private static void WriteHead(Utf8JsonWriter json, string id, string caption, string schema)
    {
        json.WriteString("id", id);
        json.WriteString("caption", caption);
        json.WriteString("schema", schema);
    }

    /// <summary>datasets, referents, target and the dates. first_seen is the listing date when the list gives
    /// one; last_seen and last_change are the publication date of the list version in service (its load time
    /// when the format states none): Interdict does not keep a history of each entry.</summary>
    private static void WriteTail(Utf8JsonWriter json, Entity source, bool target, DateOnly? firstSeen, DateTimeOffset loadedAt)
    {
        json.WriteStartArray("datasets");
        json.WriteStringValue(source.SourceId);
        json.WriteEndArray();
        json.WriteStartArray("referents");
        json.WriteEndArray();
        json.WriteBoolean("target", target);
        if (firstSeen is { } first) json.WriteString("first_seen", first.ToString("yyyy-MM-dd'T00:00:00'"));
        else json.WriteNull("first_seen");
        var seen = source.Version.Published is { } published ? published.ToString("yyyy-MM-dd'T00:00:00'") : loadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss");
        json.WriteString("last_seen", seen);
        json.WriteString("last_change", seen);
    }

    private static ILookup<string, (Entity From, int Link)> InboundLinks(ScreeningIndex index) =>
        Inbound.GetValue(index, i => i.Entities
            .SelectMany(e => e.Links.Select((link, n) => (link.TargetId, From: e, Link: n)))
            .Where(l => l.TargetId is not null)
            .ToLookup(l => l.TargetId!, l => (l.From, l.Link), StringComparer.Ordinal));
}
