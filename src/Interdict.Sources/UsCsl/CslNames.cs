using Interdict.Core.Model;
using Interdict.Sources.Ofac;

namespace Interdict.Sources.UsCsl;

/// <summary>
/// The names of a screening list entry. Entries re-published from OFAC keep their names verbatim, as the OFAC
/// readers keep them, so one party reads alike from either source. The other agencies' name field also carries
/// acronyms, aliases and notes ("Academy of Aerospace Solid Propulsion Technology (AASPT)", "Ri Sung Chol (aka
/// Ri Su'ng-ch'o'l) (DPRK individual)", "…; and any successor, sub-unit, or subsidiary thereof"), which are taken
/// apart as the UN list's are (<see cref="NameFields"/>).
/// </summary>
internal static class CslNames
{
    private const string LastOfList = "and ";

    private static readonly string[] Notes =
        [.. SourceTable.Read(typeof(CslNames), "csl-name-notes.tsv", "phrase", "note").Select(r => r[0])];

    public static void Add(EntityBuilder entity, string name, string? altNames, bool fromOfac)
    {
        if (fromOfac)
        {
            entity.AddName(OfacEntries.Name(name, NameKind.Primary, NameQuality.Good));
        }
        else
        {
            var (names, remarks) = NameFields.Split(WithoutNote(name, entity.Remarks));
            entity.AddName(OfacEntries.Name(names[0], NameKind.Primary, NameQuality.Good));
            foreach (var alias in names.Skip(1)) entity.AddName(OfacEntries.Name(alias, NameKind.Alias, NameQuality.Good));
            foreach (var remark in remarks) EntityBuilder.AddDistinct(entity.Remarks, remark);
        }
        // The CSL merges OFAC's strong and weak aliases into one column without their quality. Commerce writes its
        // aliases as an English list, the last one after "and".
        foreach (var alias in CslColumns.Items(altNames))
        {
            var value = !fromOfac && alias.StartsWith(LastOfList, StringComparison.OrdinalIgnoreCase) ? alias[LastOfList.Length..] : alias;
            entity.AddName(OfacEntries.Name(value, NameKind.Alias, NameQuality.Unspecified));
        }
    }

    private static string WithoutNote(string name, List<string> remarks)
    {
        foreach (var note in Notes)
        {
            if (!name.EndsWith(note, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = name[..^note.Length].TrimEnd().TrimEnd(';', ',').TrimEnd();
            if (rest.Length == 0) return name;
            EntityBuilder.AddDistinct(remarks, name[^note.Length..]);
            return rest;
        }
        return name;
    }
}
