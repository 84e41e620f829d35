using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Server.Tests.Yente;

/// <summary><c>/reconcile/{scope}</c>, yente's OpenRefine reconciliation service, on UK OFSI 2025-04-14 and UN
/// 2026-02-27: the manifest, queries as OpenRefine posts them and as a query parameter, properties, the suggest
/// services and the requests refused.</summary>
public sealed class ReconcileTests : IAsyncLifetime
{
    private const string Alabuga = """{"q0": {"query": "Alabuga Special Economic Zone", "type": "Company"}}""";

    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(lists:
    [
        SharedData.Lists("uk", "OFSI_ConList_2025-04-14.xlsx"),
        SharedData.Lists("un", "un_consolidated_2026-02-27.xml"),
    ]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_manifest_describes_the_service_as_openrefine_reads_it()
    {
        var manifest = await GetAsync("/reconcile/default");

        Assert.Equal(["0.2"], manifest.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Interdict (default)", manifest.GetProperty("name").GetString());
        Assert.Equal("http://localhost/entities/", manifest.GetProperty("identifierSpace").GetString());
        Assert.Equal(JsonValueKind.String, manifest.GetProperty("schemaSpace").ValueKind);
        Assert.Equal(100, manifest.GetProperty("batchSize").GetInt32());
        Assert.Equal("http://localhost/entities/{{id}}", manifest.GetProperty("view").GetProperty("url").GetString());
        var preview = manifest.GetProperty("preview");
        Assert.StartsWith("http://localhost/entities/{{id}}", preview.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(preview.GetProperty("width").GetInt32() > 0 && preview.GetProperty("height").GetInt32() > 0);
        foreach (var kind in new[] { "entity", "type", "property" })
        {
            var suggest = manifest.GetProperty("suggest").GetProperty(kind);
            Assert.Equal("http://localhost/reconcile/default", suggest.GetProperty("service_url").GetString());
            Assert.Equal($"/suggest/{kind}", suggest.GetProperty("service_path").GetString());
        }
        var types = manifest.GetProperty("defaultTypes").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("name").GetString());
        Assert.Equal("People", types["Person"]);
        Assert.Equal("Companies", types["Company"]);
        Assert.Equal("Legal entities", types["LegalEntity"]);
        Assert.Contains("Vessel", types.Keys);
    }

    [Fact]
    public async Task Queries_posted_as_a_form_as_openrefine_sends_them_are_reconciled()
    {
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("queries", Alabuga)]);
        var response = await _service.Client().PostAsync("/reconcile/default", form);
        var body = await ReadOkAsync(response);

        var first = body.GetProperty("q0").GetProperty("result")[0];
        Assert.Equal("uk:16407", first.GetProperty("id").GetString());
        Assert.Contains("ALABUGA SPECIAL ECONOMIC ZONE", first.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0.70, 1.0);
        Assert.Equal("Organization", first.GetProperty("type")[0].GetProperty("id").GetString());
        Assert.True(first.GetProperty("features").GetProperty("name_score").GetDouble() > 0.8);
    }

    [Fact]
    public async Task Queries_in_the_query_string_are_reconciled_each_under_its_key_within_its_limit()
    {
        var queries = """
            {"q0": {"query": "Alabuga Special Economic Zone", "type": "Company", "limit": 1},
             "q1": {"query": "Callixte Mbarushimana", "type": "Person"},
             "q2": {"query": "Zzyzx Quorble Widgets"}}
            """;
        var body = await GetAsync($"/reconcile/un?queries={Uri.EscapeDataString(queries)}");

        Assert.Empty(body.GetProperty("q0").GetProperty("result").EnumerateArray()); // scope un: the UK entry is out
        Assert.Equal("un:CDi.010", body.GetProperty("q1").GetProperty("result")[0].GetProperty("id").GetString());
        Assert.Empty(body.GetProperty("q2").GetProperty("result").EnumerateArray());

        var limited = await GetAsync($"/reconcile/default?queries={Uri.EscapeDataString("""{"q0": {"query": "Mbarushimana", "limit": 1}}""")}");
        Assert.Single(limited.GetProperty("q0").GetProperty("result").EnumerateArray());
    }

    [Fact]
    public async Task A_birth_date_property_moves_a_persons_score_up_when_it_agrees_and_down_when_it_differs()
    {
        var plain = await ScoreAsync("""{"q0": {"query": "Calixte Mbarushimana", "type": "Person"}}""");
        var agrees = await ScoreAsync("""{"q0": {"query": "Calixte Mbarushimana", "type": "Person", "properties": [{"pid": "Person:birthDate", "v": "1963-07-24"}]}}""");
        var differs = await ScoreAsync("""{"q0": {"query": "Calixte Mbarushimana", "type": "Person", "properties": [{"pid": "birthDate", "v": ["1990-01-01"]}]}}""");

        Assert.True(agrees > plain && plain < 1, $"agreeing birth date: {agrees} against {plain}");
        Assert.True(differs < plain, $"differing birth date: {differs} against {plain}");
    }

    [Fact]
    public async Task An_unknown_pid_is_a_400_naming_it()
    {
        var response = await _service.Client().GetAsync($"/reconcile/default?queries={Uri.EscapeDataString(
            """{"q0": {"query": "Callixte Mbarushimana", "type": "Person", "properties": [{"pid": "Person:birthDate", "v": "1963"}, {"pid": "favouriteColour", "v": "green"}]}}""")}");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("queries.q0.properties[1].pid", problem.GetProperty("field").GetString());
        Assert.Contains("'favouriteColour'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"q0": {"query": "Alabuga", "type": "Company", "properties": [{"pid": "Person:birthDate", "v": "1960"}]}}""", "queries.q0.properties", "unknown property of Company: birthDate")]
    [InlineData("""{"q0": {"query": "Alabuga", "type": "Spaceship"}}""", "queries.q0.type", "'Spaceship' is not a type")]
    [InlineData("""{"q0": {"query": "Mbarushimana", "limit": 0}}""", "queries.q0.limit", "0 is not a whole number")]
    [InlineData("""{"q0": {"type": "Person"}}""", "queries.q0.query", "needs the text")]
    [InlineData("""{"q0": {"query": "Mbarushimana", "type": "Person", "properties": [{"pid": "birthDate", "v": "last spring"}]}}""", "queries.q0.properties.birthDate", "'last spring' is not a date")]
    [InlineData("""{"q0": """, "queries", "not JSON")]
    public async Task Queries_that_cannot_be_read_are_a_400_naming_the_field(string queries, string field, string detail)
    {
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("queries", queries)]);
        var problem = await ProblemAsync(await _service.Client().PostAsync("/reconcile/default", form), HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_queries_answers_the_manifest_as_yente_does()
    {
        using var form = new FormUrlEncodedContent([]);
        var body = await ReadOkAsync(await _service.Client().PostAsync("/reconcile/uk", form));

        Assert.Equal("Interdict (uk)", body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Entity_suggestions_are_the_best_candidates_for_the_prefix_screened_as_a_name()
    {
        var body = await GetAsync("/reconcile/default/suggest/entity?prefix=Alabuga%20Special%20Economic&limit=3");

        Assert.Equal("Alabuga Special Economic", body.GetProperty("prefix").GetString());
        var results = body.GetProperty("result").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        Assert.Equal("uk:16407", results[0].GetProperty("id").GetString());
        Assert.Equal("Organization", results[0].GetProperty("type")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Entity_suggestions_find_a_name_still_being_typed()
    {
        var body = await GetAsync("/reconcile/default/suggest/entity?prefix=mbarush");

        var ids = body.GetProperty("result").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["uk:10672", "un:CDi.010"], ids[..2]);
        Assert.Equal("CALLIXTE MBARUSHIMANA", body.GetProperty("result")[0].GetProperty("name").GetString());

        var scoped = await GetAsync("/reconcile/un/suggest/entity?prefix=Alabuga%20Spec");
        Assert.DoesNotContain(scoped.GetProperty("result").EnumerateArray(), r => r.GetProperty("id").GetString()!.StartsWith("uk:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Type_and_property_suggestions_match_the_prefix()
    {
        var types = await GetAsync("/reconcile/default/suggest/type?prefix=comp");
        Assert.Equal(["Company"], types.GetProperty("result").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal("Companies", types.GetProperty("result")[0].GetProperty("name").GetString());

        var properties = await GetAsync("/reconcile/default/suggest/property?prefix=birth");
        var ids = properties.GetProperty("result").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(["Person:birthDate", "Person:birthCountry"], ids);
        Assert.Equal("Birth date", properties.GetProperty("result")[0].GetProperty("name").GetString());

        var all = await GetAsync("/reconcile/default/suggest/property");
        var every = all.GetProperty("result").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains("Thing:country", every);
        Assert.Contains("LegalEntity:idNumber", every);
        Assert.Contains("Person:nationality", every);
    }

    [Theory]
    [InlineData("/reconcile/default")]
    [InlineData("/reconcile/default/suggest/entity?prefix=Alabuga")]
    [InlineData("/reconcile/default/suggest/type")]
    public async Task Without_a_key_it_is_a_401(string path)
    {
        var response = await _service.Client(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_a_key_is_a_401()
    {
        using var form = new FormUrlEncodedContent([KeyValuePair.Create("queries", Alabuga)]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _service.Client(null).PostAsync("/reconcile/default", form)).StatusCode);
    }

    [Theory]
    [InlineData("/reconcile/eu")]
    [InlineData("/reconcile/eu/suggest/property")]
    [InlineData("/reconcile/eu/suggest/entity?prefix=Alabuga")]
    public async Task An_unknown_scope_is_a_404_naming_the_known(string path)
    {
        var problem = await ProblemAsync(await _service.Client().GetAsync(path), HttpStatusCode.NotFound);

        Assert.Contains("No such dataset: eu", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<double> ScoreAsync(string queries)
    {
        var body = await GetAsync($"/reconcile/un?queries={Uri.EscapeDataString(queries)}");
        var result = body.GetProperty("q0").GetProperty("result").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "un:CDi.010");
        return result.GetProperty("score").GetDouble();
    }

    private async Task<JsonElement> GetAsync(string path) => await ReadOkAsync(await _service.Client().GetAsync(path));

    private static async Task<JsonElement> ReadOkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
