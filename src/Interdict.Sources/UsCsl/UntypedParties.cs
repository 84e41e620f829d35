using Interdict.Core.Model;

namespace Interdict.Sources.UsCsl;

/// <summary>
/// Decides the schema of a listed party whose list does not say whether it is a person or an organization (the
/// Commerce and State lists in the US screening list, the BIS Denied Persons List). Each list has a default, the
/// kind most of its entries are (csl-sources.tsv); a Person default gives way to Organization when the name has an
/// organization word (organization-words.tsv: "LTD", "Airlines", "Institute"). Names of organizations do not show
/// reliably that they are not a person's, so an Organization default stays.
/// </summary>
internal static class UntypedParties
{
    private static readonly HashSet<string> OrganizationWords =
        [.. SourceTable.Read(typeof(UntypedParties), "organization-words.tsv", "word", "note").Select(r => r[0])];

    public static Schema SchemaOf(string name, Schema listDefault) =>
        listDefault == Schema.Person && HasOrganizationWord(name) ? Schema.Organization : listDefault;

    private static bool HasOrganizationWord(string name)
    {
        var words = name.Replace(".", "", StringComparison.Ordinal)
            .ToLowerInvariant()
            .Split((char[])[' ', ',', ';', '(', ')', '"', '\'', '&', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(OrganizationWords.Contains);
    }
}
