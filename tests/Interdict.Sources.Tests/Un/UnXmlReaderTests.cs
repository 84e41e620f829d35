using Interdict.Core.Model;
using Interdict.Sources.Un;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Un;

public class UnXmlReaderTests
{
    private static readonly Lazy<LoadedList> Latest = new(() => UnXmlReader.Read(Path("2026-02-27")));

    private static string Path(string date) => SharedData.Lists("un", $"un_consolidated_{date}.xml");

    private static Entity Get(string id) => Latest.Value.Entities.Single(e => e.Id == id);

    // Counted from the files with a separate Python script (ElementTree): INDIVIDUAL and ENTITY elements, and per
    // entry the distinct texts of the joined primary name, NAME_ORIGINAL_SCRIPT and non-empty ALIAS_NAMEs, each alias
    // split into the names it holds by the rules of NameFields (re-implemented in that script).
    [Theory]
    [InlineData("2025-04-19", 684, 193, 4021)]
    [InlineData("2025-12-09", 727, 273, 4192)]
    [InlineData("2026-01-28", 726, 273, 4186)]
    [InlineData("2026-02-27", 730, 273, 4193)]
    public void Reads_every_entry_of_each_published_file(string date, int persons, int organizations, int names)
    {
        var list = UnXmlReader.Read(Path(date));

        Assert.Equal(persons, list.Entities.Count(e => e.Schema == Schema.Person));
        Assert.Equal(organizations, list.Entities.Count(e => e.Schema == Schema.Organization));
        Assert.Equal(persons + organizations, list.Entities.Count);
        Assert.Equal(names, list.Entities.Sum(e => e.Names.Count));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), list.Version.Published);
        Assert.Equal("un", list.Version.SourceId);
        Assert.Equal("UN consolidated XML", list.Version.Format);
        Assert.All(list.Entities, e => Assert.StartsWith("un:", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Latest_file_has_1003_entries() => Assert.Equal(1003, Latest.Value.Entities.Count);

    [Fact]
    public void Eric_Badege_has_his_birth_year_nationality_and_gender()
    {
        var badege = Get("un:CDi.001");

        Assert.Equal(Schema.Person, badege.Schema);
        Assert.Equal("ERIC BADEGE", badege.Caption);
        Assert.Equal(NameKind.Primary, badege.Names[0].Kind);
        Assert.Equal("1971", Assert.Single(badege.BirthDates).ToString());
        // The file breaks this value over two lines.
        Assert.Equal("Democratic Republic of the Congo", Assert.Single(badege.Nationalities));
        Assert.Equal(Gender.Male, badege.Gender);
        Assert.Equal("DRC", Assert.Single(badege.Programs));
        Assert.Equal(new DateOnly(2012, 12, 31), badege.ListedOn);
        Assert.Equal(new Address(Country: "Rwanda", Note: "as of early 2016"), Assert.Single(badege.Addresses));
        Assert.Contains(badege.Remarks, r => r.StartsWith("He fled to Rwanda in March 2013", StringComparison.Ordinal));
    }

    [Fact]
    public void Original_script_name_is_a_primary_name_in_Arabic()
    {
        var saddam = Get("un:IQi.001");

        Assert.Equal("SADDAM HUSSEIN AL-TIKRITI", saddam.Caption);
        var arabic = Assert.Single(saddam.Names, n => n.Value == "صدام حسين التكريتي");
        Assert.Equal(NameKind.Primary, arabic.Kind);
        Assert.Equal("Arabic", arabic.Script);
        Assert.Equal("Latin", saddam.Names[0].Script);
    }

    [Fact]
    public void Between_date_is_a_range()
    {
        var birth = Assert.Single(Get("un:CDi.030").BirthDates);

        Assert.Equal(new FuzzyDate(new PartialDate(1973), new PartialDate(1974)), birth);
    }

    [Fact]
    public void Approximately_date_is_approximate()
    {
        var birth = Assert.Single(Get("un:CDi.036").BirthDates);

        Assert.Equal(new FuzzyDate(new PartialDate(1977), null, Approximate: true), birth);
    }

    [Fact]
    public void Several_birth_dates_are_alternatives()
    {
        var ghailani = Get("un:QDi.028");

        Assert.Equal(["1974-03-14", "1974-04-13", "1974-04-14", "1970-08-01"], ghailani.BirthDates.Select(d => d.ToString()));
    }

    [Fact]
    public void Document_keeps_issuing_country_and_issue_details()
    {
        var passport = Assert.Single(Get("un:LYi.006").Identifiers);

        Assert.Equal(IdentifierType.Passport, passport.Type);
        Assert.Equal("FK117RK0", passport.Value);
        Assert.Equal("Libya", passport.Country);
        Assert.Equal("Passport", passport.Label);
        Assert.Equal("issued on 2018-11-25; issued in Tripoli; Date of expiration: 24 Nov 2026", passport.Note);
    }

    [Fact]
    public void Finer_document_wording_chooses_the_type()
    {
        // TYPE_OF_DOCUMENT "National Identification Number", with "Italian Fiscal Code" in TYPE_OF_DOCUMENT2 on one
        // entry and in NOTE on another.
        var fiscalCodes = Latest.Value.Entities.SelectMany(e => e.Identifiers).Where(i => i.Note?.StartsWith("Italian Fiscal Code", StringComparison.Ordinal) == true);

        Assert.All(fiscalCodes, i => Assert.Equal(IdentifierType.TaxId, i.Type));
        Assert.Equal(2, fiscalCodes.Count());
    }

    [Fact]
    public void Entity_aliases_keep_aka_and_fka()
    {
        var adf = Get("un:CDe.001");

        Assert.Equal(Schema.Organization, adf.Schema);
        Assert.Equal("ADF", adf.Caption);
        Assert.Equal(NameKind.Alias, adf.Names.Single(n => n.Value == "Allied Democratic Forces").Kind);
        Assert.Equal(NameKind.Former, adf.Names.Single(n => n.Value == "NALU").Kind);
        Assert.Equal(5, adf.Names.Count);
    }

    [Fact]
    public void Individual_alias_quality_is_kept()
    {
        var saddam = Get("un:IQi.001");

        var abuAli = Assert.Single(saddam.Names, n => n.Value == "Abu Ali");
        Assert.Equal(NameKind.Alias, abuAli.Kind);
        Assert.Equal(NameQuality.Low, abuAli.Quality);
    }
}
