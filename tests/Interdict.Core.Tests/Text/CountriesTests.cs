using System.Text.RegularExpressions;
using System.Xml.Linq;
using Interdict.Core.Text;
using Interdict.Testing;

namespace Interdict.Core.Tests.Text;

public partial class CountriesTests
{
    [Theory]
    // UN consolidated list: NATIONALITY, COUNTRY, ISSUING_COUNTRY, COUNTRY_OF_ISSUE
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("United Republic of Tanzania", "TZ")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("State of Palestine", "PS")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GB")]
    [InlineData("United States of America", "US")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("China, Hong Kong Special Administrative Region", "HK")]
    [InlineData("British Virgin Islands", "VG")]
    [InlineData("Bosnia and Herzegovina", "BA")]
    [InlineData("Guinea-Bissau", "GW")]
    [InlineData("Central African Republic", "CF")]
    [InlineData("Trinidad and Tobago", "TT")]
    [InlineData("former Soviet Union", "RU")]
    [InlineData("Libya", "LY")]
    [InlineData("Marshall Islands", "MH")]
    [InlineData("Liechtenstein", "LI")]
    [InlineData("Comoros", "KM")]
    // OFAC SDN 2023-12-28: add.csv country, remarks (nationality, citizen, flag, nationality of registration)
    [InlineData("Korea, North", "KP")]
    [InlineData("Korea, South", "KR")]
    [InlineData("Burma", "MM")]
    [InlineData("Iran", "IR")]
    [InlineData("Syria", "SY")]
    [InlineData("Russia", "RU")]
    [InlineData("Palestinian", "PS")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Congo, Republic of the", "CG")]
    [InlineData("Bahamas, The", "BS")]
    [InlineData("Cote d Ivoire", "CI")]
    [InlineData("Man, Isle of", "IM")]
    [InlineData("Virgin Islands, British", "VG")]
    [InlineData("North Macedonia, The Republic of", "MK")]
    [InlineData("The Gambia", "GM")]
    [InlineData("Macau", "MO")]
    [InlineData("Netherlands Antilles", "CW")]
    [InlineData("Cabo Verde", "CV")]
    [InlineData("West Bank", "PS")]
    [InlineData("Kosovo", "XK")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Brunei", "BN")]
    [InlineData("Laos", "LA")]
    [InlineData("Hong Kong", "HK")]
    [InlineData("Taiwan", "TW")]
    [InlineData("Saint Kitts and Nevis", "KN")]
    [InlineData("St. Kitts & Nevis", "KN")]
    [InlineData("St. Vincent and the Grenadines", "VC")]
    [InlineData("Saint Vincent and the Grenadines", "VC")]
    [InlineData("Sao Tome and Principe", "ST")]
    [InlineData("Jersey", "JE")]
    [InlineData("Gibraltar", "GI")]
    [InlineData("Aruba", "AW")]
    [InlineData("Bermuda", "BM")]
    [InlineData("Cayman Islands", "KY")]
    [InlineData("Cook Islands", "CK")]
    [InlineData("Tuvalu", "TV")]
    [InlineData("Palau", "PW")]
    [InlineData("Samoa", "WS")]
    [InlineData("Vanuatu", "VU")]
    [InlineData("Turkey", "TR")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Venezuela", "VE")]
    [InlineData("Bolivia", "BO")]
    [InlineData("Moldova", "MD")]
    [InlineData("Tanzania", "TZ")]
    [InlineData("Kyrgyzstan", "KG")]
    // UK OFSI 2025-04-14: Nationality, Country, Country of Birth (misspellings included)
    [InlineData("DPRK", "KP")]
    [InlineData("North Korea", "KP")]
    [InlineData("Congo (Democratic Republic)", "CD")]
    [InlineData("Palestinian Territories", "PS")]
    [InlineData("Occupied Palestinian Territories", "PS")]
    [InlineData("Palestine", "PS")]
    [InlineData("Cape Verde", "CV")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Britain", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("RUSSIA", "RU")]
    [InlineData("German", "DE")]
    [InlineData("Russian", "RU")]
    [InlineData("Moldovan", "MD")]
    [InlineData("Belrus", "BY")]
    [InlineData("Sundan", "SD")]
    [InlineData("Uzbekhistan", "UZ")]
    [InlineData("Guinea Bissau", "GW")]
    [InlineData("Bosnia-Herzegovina", "BA")]
    [InlineData("USSR", "RU")]
    [InlineData("Kazakh SSR", "KZ")]
    [InlineData("Kazakh Soviet Socialist Republic", "KZ")]
    [InlineData("Uzbek SSR", "UZ")]
    [InlineData("South Korea", "KR")]
    [InlineData("Myanmar", "MM")]
    // Gold-set negatives: nationality column
    [InlineData("East Timor", "TL")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("North Macedonia", "MK")]
    [InlineData("Puerto Rico", "PR")]
    [InlineData("Bhutan", "BT")]
    [InlineData("United Arab Emirates", "AE")]
    [InlineData("Dominican Republic", "DO")]
    [InlineData("El Salvador", "SV")]
    [InlineData("Sri Lanka", "LK")]
    [InlineData("Burkina Faso", "BF")]
    public void Resolves_real_list_spellings(string text, string code) => Assert.Equal(code, Countries.ToCode(text));

    [Theory]
    [InlineData("KP", "KP")]
    [InlineData("PRK", "KP")]
    [InlineData("RU", "RU")]
    [InlineData("RUS", "RU")]
    [InlineData("GBR", "GB")]
    [InlineData("NA", "NA")]
    [InlineData("XK", "XK")]
    [InlineData("XKX", "XK")]
    [InlineData("PS", "PS")]
    [InlineData("PSE", "PS")]
    [InlineData(" CD ", "CD")]
    public void Resolves_codes_in_capitals(string text, string code) => Assert.Equal(code, Countries.ToCode(text));

    [Theory]
    [InlineData("Iranian", "IR")]
    [InlineData("North Korean", "KP")]
    [InlineData("south korean", "KR")]
    [InlineData("Syrian", "SY")]
    [InlineData("Kosovar", "XK")]
    [InlineData("British", "GB")]
    [InlineData("Ivorian", "CI")]
    [InlineData("Burkinabe", "BF")]
    [InlineData("Equatorial Guinean", "GQ")]
    [InlineData("Guinean", "GN")]
    [InlineData("Congolese", "CG")]
    [InlineData("Dominican", "DO")]
    public void Resolves_demonyms(string text, string code) => Assert.Equal(code, Countries.ToCode(text));

    [Theory]
    [InlineData("north korea", "KP")]
    [InlineData("NORTH KOREA", "KP")]
    [InlineData("Korea,North", "KP")]
    [InlineData("Korea (North)", "KP")]
    [InlineData("D.P.R.K.", "KP")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("TÜRKIYE", "TR")]
    [InlineData("São Tomé and Príncipe", "ST")]
    [InlineData("Curaçao", "CW")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("Trinidad & Tobago", "TT")]
    [InlineData("  Iran  ", "IR")]
    public void Ignores_case_accents_punctuation_and_a_leading_the(string text, string code) =>
        Assert.Equal(code, Countries.ToCode(text));

    [Theory]
    [InlineData("Soviet Union", "RU")]
    [InlineData("Yugoslavia", "RS")]
    [InlineData("Serbia and Montenegro", "RS")]
    [InlineData("Czechoslovakia", "CZ")]
    [InlineData("Zaire", "CD")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Macedonia", "MK")]
    [InlineData("Former Yugoslav Republic of Macedonia", "MK")]
    [InlineData("Libyan Arab Jamahiriya", "LY")]
    [InlineData("East Germany", "DE")]
    [InlineData("Persia", "IR")]
    public void Resolves_historical_names_to_the_present_country(string text, string code) =>
        Assert.Equal(code, Countries.ToCode(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("na")]
    [InlineData("ru")]
    [InlineData("in")]
    [InlineData("undetermined")]
    [InlineData("None Identified")]
    [InlineData("Moscow")]
    [InlineData("Crimea")]
    [InlineData("115088")]
    [InlineData("Region: Kafia Kingi")]
    [InlineData("Region: Commonwealth of Independent States")]
    [InlineData("Virgin Islands")]
    [InlineData("Russi")]
    [InlineData("Tehran, Iran")]
    [InlineData("(1) Russia (2) Ukraine")]
    public void Returns_null_for_what_is_not_exactly_one_country(string? text) => Assert.Null(Countries.ToCode(text));

    [Theory]
    [InlineData("Tehran, Iran", "IR")]
    [InlineData("Moscow, Russia", "RU")]
    [InlineData("Moscow, RU", "RU")]
    [InlineData("Pyongyang, Korea, North", "KP")]
    [InlineData("Kinshasa, Congo, Democratic Republic of the", "CD")]
    [InlineData("Road Town, Tortola, Virgin Islands, British", "VG")]
    [InlineData("Nassau, Bahamas, The", "BS")]
    [InlineData("China, Hong Kong Special Administrative Region", "HK")]
    [InlineData("Estonia, Russia", "RU EE")]
    [InlineData("Germany. Russia", "DE RU")]
    [InlineData("(1) Russia (2) Ukraine", "RU UA")]
    [InlineData("(1) Belgium (2) Congo (Democratic Republic)", "BE CD")]
    [InlineData("(1) Repubic of Moldova (2) Israel", "MD IL")]
    [InlineData("(1) Afghanistan (2) Afghanistan (3) Pakistan", "AF PK")]
    [InlineData("(1) to (6) Algeria (7) Morocco", "DZ MA")]
    [InlineData("(1) - (2) Occupied Palestinian Territories", "PS")]
    [InlineData("Iraq (previous address)", "IQ")]
    [InlineData("Russian Federation (as at November 2010)", "RU")]
    [InlineData("Former USSR, now Azerbaijan", "AZ")]
    [InlineData("USSR (now Moldova)", "MD")]
    [InlineData("Moldovian SSR (now Republic of Moldovia)", "MD")]
    [InlineData("(1) Ukrainian SSR (now Ukraine) (2) Ukrainian SSR (now Ukraine)", "UA")]
    [InlineData("Belarusian SSR, (now Belarus)", "BY")]
    [InlineData("Russia (former USSR)", "RU")]
    [InlineData("Former German Democratic Republic", "DE")]
    [InlineData("Region: Gaza", "PS")]
    [InlineData("Region: Northern Mali", "ML")]
    [InlineData("possibly Palestinian", "PS")]
    public void Finds_the_countries_a_text_names(string text, string codes) =>
        Assert.Equal(codes.Split(' '), Countries.CodesIn(text));

    [Theory]
    [InlineData("")]
    [InlineData("Moscow")]
    [InlineData("na")]
    [InlineData("undetermined")]
    [InlineData("Region: Crimea")]
    [InlineData("Region: Kafia Kingi")]
    [InlineData("Yakut Autonomous SSR")]
    [InlineData("(1) to (6)")]
    public void Finds_no_country_where_none_is_named(string text) => Assert.Empty(Countries.CodesIn(text));

    [Fact]
    public void Table_has_every_ISO_country_plus_Kosovo_each_named_and_found_by_its_name()
    {
        Assert.True(Countries.Codes.Count >= 250, $"only {Countries.Codes.Count} rows: the table is truncated");
        Assert.Equal(Countries.Codes.Count, Countries.Codes.Distinct().Count());
        Assert.Contains("XK", Countries.Codes);
        Assert.Contains("PS", Countries.Codes);
        foreach (var code in Countries.Codes)
        {
            var name = Countries.NameOf(code);
            Assert.NotNull(name);
            Assert.Equal(code, Countries.ToCode(name));
        }
    }

    [Theory]
    [InlineData("KP", "North Korea")]
    [InlineData("prk", "North Korea")]
    [InlineData("CD", "Democratic Republic of the Congo")]
    [InlineData("TR", "Türkiye")]
    [InlineData("XK", "Kosovo")]
    [InlineData("ZZ", null)]
    public void Names_a_code(string code, string? name) => Assert.Equal(name, Countries.NameOf(code));

    [Fact]
    public void Every_UN_nationality_and_country_resolves_except_not_available()
    {
        var tags = new HashSet<string> { "COUNTRY", "ISSUING_COUNTRY", "COUNTRY_OF_ISSUE" };
        var values = Directory.GetFiles(SharedData.Lists("un"), "un_consolidated_*.xml")
            .SelectMany(path => XDocument.Load(path).Descendants())
            .Where(e => tags.Contains(e.Name.LocalName) || e is { Name.LocalName: "VALUE", Parent.Name.LocalName: "NATIONALITY" })
            .Select(e => e.Value.Trim())
            .Where(v => v.Length > 0)
            .ToHashSet();
        Assert.True(values.Count > 70, $"only {values.Count} distinct values read");
        Assert.Equal(["na"], values.Where(v => Countries.ToCode(v) is null));
    }

    [Fact]
    public void Every_OFAC_address_country_resolves_except_regions_and_undetermined()
    {
        var values = File.ReadLines(SharedData.Lists("ofac-sdn", "2023-12-28", "add.csv"))
            .Select(line => CsvField().Matches(line))
            .Where(fields => fields.Count > 4)
            .Select(fields => fields[4].Groups[1].Success ? fields[4].Groups[1].Value : fields[4].Groups[2].Value)
            .Select(v => v.Trim())
            .Where(v => v is not ("" or "-0-"))
            .ToHashSet();
        Assert.True(values.Count > 150, $"only {values.Count} distinct countries read");
        var unresolved = values.Where(v => Countries.ToCode(v) is null).Order().ToList();
        Assert.Equal(
            ["Region: Commonwealth of Independent States", "Region: Crimea", "Region: Gaza", "Region: Kafia Kingi",
                "Region: Northern Mali", "Region: West Bank", "undetermined"],
            unresolved);
    }

    [Theory]
    [InlineData("negatives-us.csv")]
    [InlineData("negatives-global-dev.csv")]
    public void Every_nationality_of_the_gold_negatives_resolves(string file)
    {
        var values = File.ReadLines(SharedData.Eval(file)).Skip(1)
            .Select(line => line[(line.LastIndexOf(',') + 1)..].Trim())
            .Where(v => v.Length > 0)
            .ToHashSet();
        Assert.True(values.Count > 100, $"only {values.Count} distinct nationalities read");
        var unresolved = values.Where(v => Countries.ToCode(v) is null).ToList();
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Refuses_a_table_where_one_form_names_two_countries()
    {
        const string table = "alpha2\talpha3\tname\taliases\tdemonyms\tformer\tnote\n"
            + "CG\tCOG\tCongo\t\tCongolese\t\t\n"
            + "CD\tCOD\tDemocratic Republic of the Congo\tCongo-Kinshasa\tCongolese\tZaire\t\n";
        var error = Assert.Throws<InvalidDataException>(
            () => Countries.CountryTable.Parse(new StringReader(table), "test.tsv"));
        Assert.Equal("test.tsv line 3: the form 'Congolese' of CD is already a form of CG.", error.Message);
    }

    [Fact]
    public void Refuses_a_row_without_its_codes_and_name()
    {
        const string table = "alpha2\talpha3\tname\taliases\tdemonyms\tformer\tnote\nKP\tNorth Korea\n";
        var error = Assert.Throws<InvalidDataException>(
            () => Countries.CountryTable.Parse(new StringReader(table), "test.tsv"));
        Assert.Equal("test.tsv line 2: 'KP' / 'North Korea' are not alpha-2 / alpha-3 codes.", error.Message);
    }

    [Fact]
    public void Reads_rows_whose_empty_trailing_columns_were_trimmed()
    {
        const string table = "alpha2\talpha3\tname\taliases\tdemonyms\tformer\tnote\nKP\tPRK\tNorth Korea\tDPRK\n";
        var parsed = Countries.CountryTable.Parse(new StringReader(table), "test.tsv");
        Assert.True(parsed.TryName("DPRK", out var form));
        Assert.Equal("KP", form.Code);
    }

    /// <summary>One field of OFAC's legacy CSV: quoted (no quotes inside) or bare.</summary>
    [GeneratedRegex("""(?:"([^"]*)"|([^,]*))(?:,|$)""")]
    private static partial Regex CsvField();
}
