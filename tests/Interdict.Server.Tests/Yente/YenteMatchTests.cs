using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Interdict.Server.Tests.Yente;

/// <summary><c>POST /match/{scope}</c> on the standard lists: names and name parts, the parameters, scopes and the
/// requests yente refuses.</summary>
[Collection(YenteTests.Name)]
public sealed class YenteMatchTests(YenteService yente)
{
    private const string Komid = """
        {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Korea Mining Development Trading Corporation"]}}}}
        """;

    [Fact]
    public async Task A_company_query_finds_the_alabuga_special_economic_zone()
    {
        var body = await yente.MatchAsync("/match/default", """
            {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Alabuga Special Economic Zone"]}}}}
            """);

        var first = body.GetProperty("responses").GetProperty("q1").GetProperty("results")[0];
        Assert.Equal("uk:16407", first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Equal(["uk"], first.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("alabuga", first.GetProperty("interdict").GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_parts_are_combined_into_a_name_as_ftm_combines_them()
    {
        var body = await yente.MatchAsync("/match/default", """
            {"queries": {"q1": {"schema": "Person", "properties": {"firstName": ["Hasan"], "lastName": ["Nasrallah"]}}}}
            """);

        var response = body.GetProperty("responses").GetProperty("q1");
        Assert.Equal("ofac-sdn:2686", response.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal("Hasan Nasrallah", response.GetProperty("query").GetProperty("properties").GetProperty("alias")[0].GetString());
    }

    [Fact]
    public async Task Each_name_of_a_query_is_screened_and_the_best_counts()
    {
        var body = await yente.MatchAsync("/match/default", """
            {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Zzyzx Quorble Widgets", "Alabuga Special Economic Zone"]}}}}
            """);

        Assert.Equal("uk:16407", YenteService.Ids(body)[0]);
    }

    [Fact]
    public async Task Unknown_properties_are_a_400_naming_them()
    {
        var response = await yente.PostAsync("/match/default", """
            {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Hasan Nasrallah"], "favouriteColour": ["green"], "birthDate": ["1960"]}}}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("queries.q1.properties", problem.GetProperty("field").GetString());
        Assert.Contains("favouriteColour", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("birthDate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_property_of_another_schema_is_refused_as_ftm_refuses_it()
    {
        var response = await yente.PostAsync("/match/default", """
            {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Stroygazmontazh"], "birthDate": ["1960"]}}}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown property of Company: birthDate", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"queries": {"q1": {"schema": "Spaceship", "properties": {"name": ["X"]}}}}""", "queries.q1.schema", "'Spaceship' is not a schema")]
    [InlineData("""{"queries": {"q1": {"properties": {"name": ["X"]}}}}""", "queries.q1.schema", "a schema is required")]
    [InlineData("""{"queries": {"q1": {"schema": "Person", "properties": {"birthDate": ["last spring"], "name": ["X"]}}}}""", "queries.q1.properties.birthDate", "'last spring' is not a date")]
    [InlineData("""{"queries": {"q1": {"schema": "Person", "properties": {"name": [{"a": 1}]}}}}""", "queries.q1.properties.name", "not object")]
    [InlineData("""{"query": {}}""", "queries", "the body is")]
    public async Task A_query_that_cannot_be_read_makes_the_request_a_400(string json, string field, string detail)
    {
        var response = await yente.PostAsync("/match/default", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threshold=1.5", "threshold")]
    [InlineData("threshold=high", "threshold")]
    [InlineData("cutoff=-0.1", "cutoff")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("algorithm=regression-v9", "algorithm")]
    public async Task A_parameter_that_cannot_be_read_is_a_400_naming_it(string parameters, string field)
    {
        var response = await yente.PostAsync($"/match/default?{parameters}", Komid);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Too_many_queries_are_a_400()
    {
        var queries = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"q{i}\": {{\"schema\": \"Person\", \"properties\": {{\"name\": [\"Name {i}\"]}}}}"));

        var response = await yente.PostAsync("/match/default", $"{{\"queries\": {{{queries}}}}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too many queries in one batch: 101 (limit: 100)", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_algorithm_may_be_named_as_listed_or_as_best()
    {
        foreach (var algorithm in (string[])["interdict-v1", "logic-v1", "best"])
        {
            var body = await yente.MatchAsync($"/match/default?algorithm={algorithm}", Komid);
            Assert.Equal(algorithm == "best" ? "interdict-v1" : algorithm, body.GetProperty("matcher").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task The_scope_is_everything_a_source_or_a_collection()
    {
        var everything = await yente.MatchAsync("/match/default", Komid);
        var un = await yente.MatchAsync("/match/un", Komid);
        var collection = await yente.MatchAsync($"/match/{YenteService.Collection}", Komid);

        Assert.Contains("ofac-sdn:9345", YenteService.Ids(everything));
        Assert.Contains(YenteService.Ids(everything), id => id.StartsWith("un:", StringComparison.Ordinal));
        Assert.All(Datasets(un), d => Assert.Equal("un", d));
        Assert.NotEmpty(Datasets(un));
        Assert.All(Datasets(collection), d => Assert.Contains(d, (string[])["un", "uk"]));
        Assert.Contains("un", Datasets(collection));
    }

    [Fact]
    public async Task An_unknown_scope_is_a_404_naming_the_known_ones()
    {
        var response = await yente.PostAsync("/match/opensanctions", Komid);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["default", "un-uk", "ofac-sdn", "un", "uk"], problem.GetProperty("known").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("opensanctions", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Include_and_exclude_dataset_narrow_the_scope()
    {
        var included = await yente.MatchAsync("/match/default?include_dataset=un&include_dataset=uk", Komid);
        var excluded = await yente.MatchAsync("/match/default?exclude_dataset=ofac-sdn", Komid);
        var outsideScope = await yente.MatchAsync("/match/un?include_dataset=ofac-sdn", Komid);

        Assert.NotEmpty(Datasets(included));
        Assert.DoesNotContain("ofac-sdn", Datasets(included));
        Assert.NotEmpty(Datasets(excluded));
        Assert.DoesNotContain("ofac-sdn", Datasets(excluded));
        Assert.Empty(Datasets(outsideScope));
    }

    [Fact]
    public async Task Exclude_schema_drops_entities_of_that_schema()
    {
        // DIAMOND II is a vessel; a dozen companies have "Diamond" in their names.
        const string diamond = """{"queries": {"q1": {"schema": "Thing", "properties": {"name": ["Diamond"]}}}}""";

        var all = await yente.MatchAsync("/match/default?cutoff=0&limit=30", diamond);
        var withoutVessels = await yente.MatchAsync("/match/default?cutoff=0&limit=30&exclude_schema=Vessel", diamond);

        Assert.Contains("Vessel", Schemata(all));
        Assert.DoesNotContain("Vessel", Schemata(withoutVessels));
        Assert.NotEmpty(Schemata(withoutVessels));
    }

    [Fact]
    public async Task Limit_threshold_and_cutoff_shape_the_results()
    {
        const string query = """{"queries": {"q1": {"schema": "Person", "properties": {"name": ["Arkady Rotenberg"]}}}}""";

        var limited = await yente.MatchAsync("/match/default?limit=2", query);
        var strict = await yente.MatchAsync("/match/default?threshold=0.999&limit=10", query);
        var everything = await yente.MatchAsync("/match/default?cutoff=0&limit=50", query);
        var onlyStrong = await yente.MatchAsync("/match/default?cutoff=0.9&limit=50", query);

        Assert.Equal(2, limited.GetProperty("limit").GetInt32());
        Assert.Equal(2, YenteService.Ids(limited).Length);
        var strictResults = Results(strict).ToList();
        Assert.NotEmpty(strictResults);
        Assert.All(strictResults, r => Assert.Equal(r.GetProperty("score").GetDouble() >= 0.999, r.GetProperty("match").GetBoolean()));
        Assert.Contains(strictResults, r => !r.GetProperty("match").GetBoolean());
        Assert.True(YenteService.Ids(everything).Length > YenteService.Ids(onlyStrong).Length);
        Assert.All(Results(onlyStrong), r => Assert.True(r.GetProperty("score").GetDouble() >= 0.9));
        Assert.Equal(YenteService.Ids(everything).Length, everything.GetProperty("responses").GetProperty("q1").GetProperty("total").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task An_identifier_alone_finds_the_party()
    {
        var body = await yente.MatchAsync("/match/default", """
            {"queries": {"q1": {"schema": "Vessel", "properties": {"imoNumber": ["IMO 7406784"]}}}}
            """);

        Assert.Equal(["ofac-sdn:4243"], YenteService.Ids(body));
        Assert.Equal(1, Results(body).First().GetProperty("features").GetProperty("identifier_match").GetInt32());
    }

    private static JsonElement.ArrayEnumerator Results(JsonElement body) =>
        body.GetProperty("responses").GetProperty("q1").GetProperty("results").EnumerateArray();

    private static List<string> Datasets(JsonElement body) =>
        [.. Results(body).SelectMany(r => r.GetProperty("datasets").EnumerateArray()).Select(d => d.GetString()!)];

    private static List<string> Schemata(JsonElement body) => [.. Results(body).Select(r => r.GetProperty("schema").GetString()!)];
}
