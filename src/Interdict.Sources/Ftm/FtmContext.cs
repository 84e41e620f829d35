namespace Interdict.Sources.Ftm;

/// <summary>A relation of a party to another entity, worded from the party's side ("owned by", "director of").</summary>
internal sealed record FtmRelation(string Relation, string OtherId);

/// <summary>
/// The entities around the parties of an FtM list, indexed by the party they concern: sanctions (by their entity
/// property), passports and identifications (by holder), relations (by either end), addresses (by id). FtM exports
/// are often excerpts: a reference to an entity the file does not hold is not an error, it just adds nothing.
/// </summary>
internal sealed class FtmContext
{
    private readonly FtmStore store;
    private readonly Dictionary<string, List<FtmRecord>> sanctions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FtmRecord>> identifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FtmRelation>> relations = new(StringComparer.Ordinal);

    public FtmContext(FtmStore store)
    {
        this.store = store;
        foreach (var (record, _, _) in store.All)
        {
            var schema = FtmSchemata.Of(record.Schema);
            switch (schema.Role)
            {
                case FtmRole.Sanction:
                    Index(sanctions, record[schema.Subject], record);
                    break;
                case FtmRole.Identification:
                    Index(identifications, record[schema.Subject], record);
                    break;
                case FtmRole.Link:
                    AddRelations(record, schema);
                    break;
            }
        }
    }

    /// <summary>Whether the entity is a party to screen: of a party schema, and not marked by its publisher as
    /// context only (<see cref="FtmRecord.Target"/> false).</summary>
    public static bool IsScreened(FtmRecord record) =>
        FtmSchemata.Of(record.Schema).Role == FtmRole.Party && record.Target != false;

    public bool IsScreened(string id) => store.Find(id) is { } stored && IsScreened(stored.Record);

    public IReadOnlyList<FtmRecord> SanctionsOf(string id) => sanctions.GetValueOrDefault(id) ?? [];

    public IReadOnlyList<FtmRecord> IdentificationsOf(string id) => identifications.GetValueOrDefault(id) ?? [];

    public IReadOnlyList<FtmRelation> RelationsOf(string id) => relations.GetValueOrDefault(id) ?? [];

    /// <summary>The Address entity of that id; null when the file does not hold it or it is not an address.</summary>
    public FtmRecord? Address(string id) =>
        store.Find(id)?.Record is { } record && FtmSchemata.Of(record.Schema).Role == FtmRole.Address ? record : null;

    /// <summary>How to name an entity in a relation: its caption, else its first name, else its id.</summary>
    public string NameOf(string id) =>
        store.Find(id)?.Record is { } record ? record.Caption ?? record.First("name") ?? id : id;

    private void AddRelations(FtmRecord link, FtmSchema schema)
    {
        // OpenSanctions words some relations itself ("subsidiary of", "Family member of"): kept beside ours.
        var wording = link["role"].Concat(link["relationship"]).FirstOrDefault();
        foreach (var subject in link[schema.Subject])
        {
            foreach (var other in link[schema.Object])
            {
                Index(relations, [subject], new FtmRelation(Worded(schema.SubjectRelation, wording), other));
                Index(relations, [other], new FtmRelation(Worded(schema.ObjectRelation, wording), subject));
            }
        }
    }

    private static string Worded(string relation, string? wording) => wording is null ? relation : $"{relation} ({wording})";

    private static void Index<T>(Dictionary<string, List<T>> index, IEnumerable<string> keys, T value)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = [];
            list.Add(value);
        }
    }
}
