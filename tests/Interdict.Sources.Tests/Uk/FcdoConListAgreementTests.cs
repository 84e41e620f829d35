using Interdict.Core.Model;
using Interdict.Sources.Uk;

namespace Interdict.Sources.Tests.Uk;

/// <summary>
/// The FCDO excerpt (2026-08-14) against the OFSI ConList of 2025-04-14: a designation in both gets the same id and
/// looks the same, except where the UK list itself changed in the 16 months between them, which each case states.
/// </summary>
public class FcdoConListAgreementTests
{
    private static readonly string[] SharedIds = ["uk:7270", "uk:11050", "uk:14211"];

    private static readonly Lazy<LoadedList> ConList = new(() => OfsiConListReader.ReadXlsx(OfsiConListReaderTests.Path("2025-04-14")));

    private static (Entity Fcdo, Entity ConList) Both(string id) =>
        (FcdoList.Entities.Single(e => e.Id == id), ConList.Value.Entities.Single(e => e.Id == id));

    private static LoadedList FcdoList => FcdoXmlReaderTests.List.Value;

    [Fact]
    public void Three_of_the_four_designations_are_in_the_conlist_under_the_same_id()
    {
        var conListIds = ConList.Value.Entities.Select(e => e.Id).ToHashSet();

        Assert.Equal(SharedIds, FcdoList.Entities.Select(e => e.Id).Where(conListIds.Contains));
        // The fourth, the ship Petrel 8 (DPR0075), is under port-entry measures only: no OFSIGroupID, and no ConList
        // designation cites its reference.
        Assert.DoesNotContain(ConList.Value.Entities, e => e.Identifiers.Any(i => i.Value == "DPR0075"));
    }

    [Theory]
    [InlineData("uk:7270")]
    [InlineData("uk:11050")]
    [InlineData("uk:14211")]
    public void Shared_designation_has_the_same_schema_primary_and_non_latin_names_references_and_programme(string id)
    {
        var (fcdo, conList) = Both(id);

        Assert.Equal(conList.Schema, fcdo.Schema);
        // The FCDO list now writes some names in mixed case where the ConList had capitals ("Khatiba al-Tawhid …").
        Assert.Equal(conList.Caption, fcdo.Caption, ignoreCase: true);
        Assert.Equal(NonLatin(conList), NonLatin(fcdo));
        Assert.Equal(References(conList), References(fcdo));
        Assert.Equal(conList.Programs, fcdo.Programs);
        Assert.Equal(conList.Gender, fcdo.Gender);
        Assert.Equal(conList.Nationalities, fcdo.Nationalities);
    }

    [Theory]
    [InlineData("uk:7270", new string[0], new[] { "1967-11-12" }, new[] { "Passport D0009720", "Passport D0010442" })]
    [InlineData("uk:11050", new string[0], new[] { "1958-09", "1985" }, new string[0])]
    [InlineData("uk:14211", new[] { "JAMA`AT AL-TAWHID WAL-JIHAD|Alias|Unspecified" }, new string[0], new string[0])]
    public void Names_birth_dates_and_identifiers_agree_but_for_what_the_list_changed_since(
        string id, string[] namesOnlyInConList, string[] birthDatesAddedSince, string[] identifiersAddedSince)
    {
        var (fcdo, conList) = Both(id);

        // Compared ignoring case, with kind and quality. 14211's alias is now written "Jama'at", no longer "JAMA`AT".
        Assert.Equal(namesOnlyInConList, Names(conList).Except(Names(fcdo)));
        Assert.Equal(namesOnlyInConList.Length, Names(fcdo).Except(Names(conList)).Count());
        // Every birth date and identifier of 2025 is still there; newer UN information added some.
        Assert.Equal(conList.BirthDates.Select(d => d.ToString()).Concat(birthDatesAddedSince).Order(), fcdo.BirthDates.Select(d => d.ToString()).Order());
        Assert.Equal(Identifiers(conList).Concat(identifiersAddedSince).Order(), Identifiers(fcdo).Order());
    }

    [Fact]
    public void Listed_on_is_the_uk_designation_date_where_the_conlist_gives_ofsi_listing_date()
    {
        // FCDO DateDesignated is the ConList's "UK Sanctions List Date Designated" column (31/01/2001 for 7270),
        // which the ConList reader does not read: it takes "Listed On" (02/04/2001), OFSI's own listing date.
        var dates = SharedIds.Select(Both).Select(pair => (pair.Fcdo.ListedOn, pair.ConList.ListedOn));

        Assert.Equal(
            [
                (new DateOnly(2001, 1, 31), new DateOnly(2001, 4, 2)),
                (new DateOnly(2010, 3, 11), new DateOnly(2010, 3, 29)),
                (new DateOnly(2022, 3, 7), new DateOnly(2022, 3, 8)),
            ],
            dates.Select(d => (d.Item1!.Value, d.Item2!.Value)));
    }

    private static IEnumerable<string> NonLatin(Entity entity) =>
        entity.Names.Where(n => n.Script != "Latin").Select(n => $"{n.Value}|{n.Kind}|{n.Script}");

    private static IEnumerable<string> References(Entity entity) =>
        entity.Identifiers.Where(i => i.Type == IdentifierType.ListReference).Select(i => $"{i.Label} {i.Value}").Order();

    private static IEnumerable<string> Names(Entity entity) =>
        entity.Names.Select(n => $"{n.Value.ToUpperInvariant()}|{n.Kind}|{n.Quality}");

    private static IEnumerable<string> Identifiers(Entity entity) =>
        entity.Identifiers.Where(i => i.Type != IdentifierType.ListReference).Select(i => $"{i.Type} {i.Normalized}");
}
