using Interdict.Sources.Updating;

namespace Interdict.Sources.Tests.Updating;

public class SourceCatalogTests
{
    [Fact]
    public void The_official_catalogue_names_every_supported_source_at_its_publishers_address()
    {
        var hosts = SourceCatalog.Official.Entries.ToDictionary(e => e.Source, e => e.Url.Host);

        Assert.Equal(new Dictionary<string, string>
        {
            ["ofac-sdn"] = "sanctionslistservice.ofac.treas.gov",
            ["ofac-cons"] = "sanctionslistservice.ofac.treas.gov",
            ["ofac-sdn-enhanced"] = "sanctionslistservice.ofac.treas.gov",
            ["ofac-cons-enhanced"] = "sanctionslistservice.ofac.treas.gov",
            ["un"] = "scsanctions.un.org",
            ["uk-fcdo"] = "sanctionslist.fcdo.gov.uk",
            ["uk-ofsi"] = "ofsistorage.blob.core.windows.net",
            ["eu-fsf"] = "webgate.ec.europa.eu",
            ["us-csl"] = "data.trade.gov",
            ["us-bis-dpl"] = "www.bis.doc.gov",
            ["ca-sema"] = "www.international.gc.ca",
            ["au-dfat"] = "www.dfat.gov.au",
        }, hosts);
        Assert.All(SourceCatalog.Official.Entries, e => Assert.Equal("https", e.Url.Scheme));
        var un = SourceCatalog.Official.Entries.Single(e => e.Source == "un");
        Assert.Equal("https://scsanctions.un.org/resources/xml/en/consolidated.xml", un.Url.AbsoluteUri);
    }

    [Fact]
    public void Without_a_choice_the_enhanced_ofac_files_and_the_closed_ofsi_conlist_are_left_out()
    {
        var chosen = SourceCatalog.Official.Select([]).Select(e => e.Source).ToList();

        Assert.Equal(9, chosen.Count);
        Assert.Contains("uk-fcdo", chosen);
        Assert.DoesNotContain("uk-ofsi", chosen);
        Assert.Contains("ofac-sdn", chosen);
        Assert.DoesNotContain("ofac-sdn-enhanced", chosen);
        Assert.DoesNotContain("ofac-cons-enhanced", chosen);
        Assert.Equal(["ofac-cons-enhanced"], SourceCatalog.Official.Select(["ofac-cons-enhanced"]).Select(e => e.Source));
    }

    [Fact]
    public void An_unknown_source_is_refused_naming_it_and_the_known_ones()
    {
        var error = Assert.Throws<ListUpdateException>(() => SourceCatalog.Official.Select(["un", "ofac"]));

        Assert.StartsWith("no source 'ofac' in the catalogue; it has ofac-sdn, ofac-cons,", error.Message);
    }

    [Fact]
    public void A_mirror_serves_every_file_under_its_source_folder()
    {
        var rebased = SourceCatalog.Official.RebasedOnto("http://mirror.example:8080/sanctions");

        var urls = rebased.Entries.ToDictionary(e => e.Source, e => e.Url.AbsoluteUri);
        Assert.Equal("http://mirror.example:8080/sanctions/un/consolidated.xml", urls["un"]);
        Assert.Equal("http://mirror.example:8080/sanctions/eu-fsf/xmlFullSanctionsList_1_1.xml", urls["eu-fsf"]);
        Assert.Equal(SourceCatalog.Official.Entries.Select(e => e.FileName), rebased.Entries.Select(e => e.FileName));
        Assert.Throws<ListUpdateException>(() => SourceCatalog.Official.RebasedOnto("mirror/lists"));
    }

    [Fact]
    public void A_catalogue_file_replaces_the_official_one()
    {
        var catalog = SourceCatalog.Parse(new StringReader(
            "# a local mirror\nsource\tfile\turl\tdefault\nun\tun.xml\thttp://127.0.0.1:9/un.xml\tyes\nuk\tconlist.xlsx\thttp://127.0.0.1:9/uk.xlsx\tno\n"),
            "mirror.tsv");

        Assert.Equal(["un"], catalog.Select([]).Select(e => e.Source));
        Assert.Equal("http://127.0.0.1:9/uk.xlsx", catalog.Select(["uk"])[0].Url.AbsoluteUri);
    }

    [Theory]
    [InlineData("source\tfile\turl\tdefault\nun\tun.xml\tftp://host/un.xml\tyes\n", "catalogue bad.tsv line 2: url 'ftp://host/un.xml' is not an absolute http or https address")]
    [InlineData("source\tfile\turl\tdefault\nun\t../un.xml\thttp://host/un.xml\tyes\n", "catalogue bad.tsv line 2: file '../un.xml' must be a plain file name")]
    [InlineData("source\tfile\turl\tdefault\nUN list\tun.xml\thttp://host/un.xml\tyes\n", "catalogue bad.tsv line 2: source 'UN list' must be lower-case letters, digits and hyphens")]
    [InlineData("source\tfile\turl\tdefault\nun\tun.xml\thttp://host/un.xml\tyes\nun\tx.xml\thttp://host/x.xml\tno\n", "catalogue bad.tsv line 3: source 'un' is listed twice")]
    [InlineData("source\tfile\turl\tdefault\nun\tun.xml\thttp://host/un.xml\tmaybe\n", "catalogue bad.tsv line 2: default must be yes or no, not 'maybe'")]
    [InlineData("source\tfile\turl\n", "catalogue bad.tsv line 1: the header must be 'source\\tfile\\turl\\tdefault'.")]
    [InlineData("source\tfile\turl\tdefault\n", "catalogue bad.tsv: no sources")]
    public void A_malformed_catalogue_is_refused_naming_the_line(string text, string message)
    {
        var error = Assert.Throws<ListUpdateException>(() => SourceCatalog.Parse(new StringReader(text), "bad.tsv"));

        Assert.Equal(message, error.Message);
    }
}
