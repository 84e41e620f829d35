using Interdict.Core.Data;
using Interdict.Core.Model;

namespace Interdict.Sources.Ftm;

/// <summary>What an FtM entity of a schema is to Interdict (ftm-schemata.tsv).</summary>
internal enum FtmRole
{
    /// <summary>A party to screen against.</summary>
    Party,
    /// <summary>A sanction of the party its subject property names: programme and listing date.</summary>
    Sanction,
    /// <summary>A passport or other identification of the party its subject property names.</summary>
    Identification,
    /// <summary>An address a party names in its addressEntity property.</summary>
    Address,
    /// <summary>A relation between two entities (ownership, directorship, family...).</summary>
    Link,
    /// <summary>Nothing to screen: documents, payments, positions...</summary>
    Context,
}

/// <summary>One FtM schema as ftm-schemata.tsv describes it.</summary>
/// <param name="ScreenedAs">For a party, the Interdict schema.</param>
/// <param name="Subject">For a sanction or identification, the property naming the party; for a link, the property
/// naming one end.</param>
/// <param name="Object">For a link, the property naming the other end.</param>
/// <param name="SubjectRelation">For a link, the relation as the subject's side words it ("owner of").</param>
/// <param name="ObjectRelation">For a link, the relation as the object's side words it ("owned by").</param>
internal sealed record FtmSchema(
    string Name, FtmRole Role, Schema? ScreenedAs, string Subject, string Object, string SubjectRelation, string ObjectRelation);

/// <summary>Every FollowTheMoney schema Interdict knows, from the embedded ftm-schemata.tsv.</summary>
internal static class FtmSchemata
{
    private static readonly Dictionary<string, FtmSchema> Table = SourceTable
        .Read(typeof(FtmSchemata), "ftm-schemata.tsv", "schema", "role", "screened_as", "subject", "object", "subject_relation", "object_relation")
        .ToDictionary(row => row[0], Parse, StringComparer.Ordinal);

    /// <exception cref="FormatException">FollowTheMoney has no schema of that name: a list holding one is refused
    /// rather than read without the parties it may describe.</exception>
    public static FtmSchema Of(string name) =>
        Table.GetValueOrDefault(name)
        ?? throw new FormatException($"\"{name}\" is not a FollowTheMoney schema Interdict knows (see Ftm/ftm-schemata.tsv)");

    private static FtmSchema Parse(TableRow row)
    {
        var role = Enum.Parse<FtmRole>(row[1], ignoreCase: true);
        Schema? screenedAs = row[2].Length == 0
            ? null
            : SchemaExtensions.Parse(row[2]) ?? throw new InvalidDataException($"{row.Where}: unknown Interdict schema '{row[2]}'");
        if ((role == FtmRole.Party) != screenedAs.HasValue)
            throw new InvalidDataException($"{row.Where}: a party and only a party names the schema it is screened as");
        return new FtmSchema(row[0], role, screenedAs, row[3], row[4], row[5], row[6]);
    }
}
