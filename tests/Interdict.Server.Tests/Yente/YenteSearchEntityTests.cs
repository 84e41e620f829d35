using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Interdict.Server.Tests.Yente;

/// <summary><c>GET /search/{scope}</c> and <c>GET /entities/{id}</c> on the standard lists.</summary>
[Collection(YenteTests.Name)]
public sealed class YenteSearchEntityTests(YenteService yente)
{
    [Fact]
    public async Task Search_finds_by_name()
    {
        var body = await yente.GetAsync("/search/default?q=Alabuga%20Special%20Economic%20Zone");

        Assert.Equal("uk:16407", body.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("IMO 7406784", "ofac-sdn:4243")]
    [InlineData("7406784", "ofac-sdn:4243")]
    [InlineData("1084010", "ofac-sdn:2676")]
    public async Task Search_finds_by_identifier(string text, string expected)
    {
        var body = await yente.GetAsync($"/search/default?q={Uri.EscapeDataString(text)}");

        Assert.Equal(expected, body.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_pages_filters_by_schema_and_scope()
    {
        var firstPage = await yente.GetAsync("/search/default?q=Rotenberg&schema=Person&limit=2");
        var secondPage = await yente.GetAsync("/search/default?q=Rotenberg&schema=Person&limit=2&offset=2");
        var uk = await yente.GetAsync("/search/uk?q=Rotenberg");

        Assert.All(Entities(firstPage).Concat(Entities(secondPage)), e => Assert.Equal("Person", e.GetProperty("schema").GetString()));
        Assert.Empty(Ids(firstPage).Intersect(Ids(secondPage)));
        Assert.Equal(firstPage.GetProperty("total").GetProperty("value").GetInt32(), secondPage.GetProperty("total").GetProperty("value").GetInt32());
        Assert.NotEmpty(Ids(uk));
        Assert.All(Ids(uk), id => Assert.StartsWith("uk:", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_without_text_lists_the_scope()
    {
        var body = await yente.GetAsync("/search/un?limit=5");

        Assert.Equal(1003, body.GetProperty("total").GetProperty("value").GetInt32());
        Assert.Equal(5, Ids(body).Count);
        var datasets = body.GetProperty("facets").GetProperty("datasets").GetProperty("values");
        Assert.Equal(1003, Assert.Single(datasets.EnumerateArray()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_unknown_search_scope_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await yente.Service.Client().GetAsync("/search/eu?q=Rotenberg")).StatusCode);
    }

    [Fact]
    public async Task An_entity_comes_with_its_properties_its_sanction_and_its_links()
    {
        var nasrallah = await yente.GetAsync("/entities/ofac-sdn:2686");

        var properties = nasrallah.GetProperty("properties");
        Assert.Equal("Person", nasrallah.GetProperty("schema").GetString());
        Assert.Equal("NASRALLAH, Hasan", properties.GetProperty("name")[0].GetString());
        Assert.Contains("1960-08-31", Strings(properties.GetProperty("birthDate")));
        Assert.Equal(["male"], Strings(properties.GetProperty("gender")));
        Assert.Contains("042833", Strings(properties.GetProperty("passportNumber")));
        Assert.Equal(["sanction"], Strings(properties.GetProperty("topics")));
        Assert.Contains("SDGT", Strings(properties.GetProperty("program")));
        var sanction = properties.GetProperty("sanctions")[0];
        Assert.Equal("Sanction", sanction.GetProperty("schema").GetString());
        Assert.Contains("SDGT", Strings(sanction.GetProperty("properties").GetProperty("program")));
        var link = properties.GetProperty("unknownLinkSubject")[0];
        Assert.Equal("UnknownLink", link.GetProperty("schema").GetString());
        Assert.Equal(["Linked To"], Strings(link.GetProperty("properties").GetProperty("role")));
        var hizballah = link.GetProperty("properties").GetProperty("object")[0];
        Assert.Equal("ofac-sdn:4697", hizballah.GetProperty("id").GetString());
        Assert.Equal("HIZBALLAH", hizballah.GetProperty("caption").GetString());
        Assert.Equal("Organization", hizballah.GetProperty("schema").GetString());
    }

    [Fact]
    public async Task An_entity_shows_the_links_other_entries_state_to_it()
    {
        var hizballah = await yente.GetAsync("/entities/ofac-sdn:4697");

        var inbound = hizballah.GetProperty("properties").GetProperty("unknownLinkObject").EnumerateArray()
            .Select(l => l.GetProperty("properties").GetProperty("subject")[0].GetProperty("id").GetString()).ToList();
        Assert.Contains("ofac-sdn:2686", inbound);
        Assert.Contains("ofac-sdn:4632", inbound);
    }

    [Fact]
    public async Task Not_nested_an_entity_has_its_own_properties_only()
    {
        var flat = await yente.GetAsync("/entities/ofac-sdn:2686?nested=false");

        Assert.False(flat.GetProperty("properties").TryGetProperty("sanctions", out _));
        Assert.False(flat.GetProperty("properties").TryGetProperty("unknownLinkSubject", out _));
    }

    [Fact]
    public async Task A_vessel_has_its_imo_number_and_flag()
    {
        var ebano = await yente.GetAsync("/entities/ofac-sdn:4243");

        Assert.Equal("Vessel", ebano.GetProperty("schema").GetString());
        Assert.Equal(["IMO7406784"], Strings(ebano.GetProperty("properties").GetProperty("imoNumber")));
        Assert.Equal(["pa"], Strings(ebano.GetProperty("properties").GetProperty("flag")));
    }

    [Fact]
    public async Task An_unknown_entity_is_a_404_problem()
    {
        var response = await yente.Service.Client().GetAsync("/entities/ofac-sdn:0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ofac-sdn:0", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement.ArrayEnumerator Entities(JsonElement body) => body.GetProperty("results").EnumerateArray();

    private static List<string> Ids(JsonElement body) => [.. Entities(body).Select(e => e.GetProperty("id").GetString()!)];

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];
}
