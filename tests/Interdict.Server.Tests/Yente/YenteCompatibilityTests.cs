using System.Net;
using System.Text.Json;

namespace Interdict.Server.Tests.Yente;

/// <summary>
/// Requests written as yente's documentation writes them, and every field of yente's documented response models
/// (EntityMatchResponse, EntityMatches, ScoredEntityResponse, EntityResponse, TotalSpec, SearchResponse,
/// AlgorithmResponse) present with its JSON type.
/// </summary>
[Collection(YenteTests.Name)]
public sealed class YenteCompatibilityTests(YenteService yente)
{
    /// <summary>The example request of yente's matching documentation, verbatim.</summary>
    private const string DocumentedMatchRequest = """
        {
            "queries": {
                "q1": {
                    "schema": "Person",
                    "properties": {
                        "name": ["Arkadiii Romanovich Rotenberg"],
                        "birthDate": ["1951"],
                        "nationality": ["ru"]
                    }
                },
                "q2": {
                    "schema": "Company",
                    "properties": {
                        "name": ["Stroygazmontazh"],
                        "jurisdiction": ["ru"]
                    }
                }
            }
        }
        """;

    [Fact]
    public async Task The_documented_match_request_is_answered_in_yentes_shape()
    {
        var body = await yente.MatchAsync("/match/default", DocumentedMatchRequest);

        Assert.Equal(JsonValueKind.Object, body.GetProperty("responses").ValueKind);
        Assert.Equal(5, body.GetProperty("limit").GetInt32());
        Assert.Equal("interdict-v1", body.GetProperty("matcher").GetProperty("name").GetString());
        foreach (var key in (string[])["q1", "q2"])
        {
            var response = body.GetProperty("responses").GetProperty(key);
            Assert.Equal(200, response.GetProperty("status").GetInt32());
            AssertTotal(response.GetProperty("total"));
            var query = response.GetProperty("query");
            Assert.Equal(JsonValueKind.String, query.GetProperty("schema").ValueKind);
            Assert.Equal(JsonValueKind.Object, query.GetProperty("properties").ValueKind);
            var results = response.GetProperty("results");
            Assert.NotEmpty(results.EnumerateArray());
            foreach (var result in results.EnumerateArray())
            {
                AssertEntity(result);
                Assert.Equal(JsonValueKind.Number, result.GetProperty("score").ValueKind);
                Assert.True(result.GetProperty("match").ValueKind is JsonValueKind.True or JsonValueKind.False);
                Assert.Equal(JsonValueKind.Number, result.GetProperty("features").GetProperty("name_score").ValueKind);
                Assert.Equal(JsonValueKind.String, result.GetProperty("interdict").GetProperty("explanation").ValueKind);
            }
        }

        var rotenberg = body.GetProperty("responses").GetProperty("q1").GetProperty("results")[0];
        Assert.Contains(YenteService.Ids(body, "q1"), id => id == "ofac-sdn:16669");
        Assert.Contains("ROTENBERG", rotenberg.GetProperty("caption").GetString()!.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.True(rotenberg.GetProperty("match").GetBoolean());
        Assert.Equal(0.02, rotenberg.GetProperty("features").GetProperty("birth_date_agrees").GetDouble());
        Assert.Equal("ru", body.GetProperty("responses").GetProperty("q1").GetProperty("query").GetProperty("properties").GetProperty("nationality")[0].GetString());
        Assert.Equal("ofac-sdn:16828", YenteService.Ids(body, "q2")[0]);
    }

    [Fact]
    public async Task Algorithms_are_listed_in_yentes_shape()
    {
        var body = await yente.GetAsync("/algorithms");

        var algorithms = body.GetProperty("algorithms").EnumerateArray().ToList();
        Assert.Equal(["interdict-v1", "logic-v1"], algorithms.Select(a => a.GetProperty("name").GetString()));
        Assert.All(algorithms, a =>
        {
            Assert.Equal(JsonValueKind.String, a.GetProperty("description").ValueKind);
            var feature = a.GetProperty("features").GetProperty("name_score");
            Assert.Equal(JsonValueKind.String, feature.GetProperty("description").ValueKind);
            Assert.Equal(JsonValueKind.Number, feature.GetProperty("coefficient").ValueKind);
        });
        Assert.Equal("interdict-v1", body.GetProperty("default").GetString());
        Assert.Equal("interdict-v1", body.GetProperty("best").GetString());
    }

    [Fact]
    public async Task Search_answers_in_yentes_shape_with_facets()
    {
        var body = await yente.GetAsync("/search/default?q=Rotenberg&limit=3");

        Assert.Equal(3, body.GetProperty("results").GetArrayLength());
        foreach (var result in body.GetProperty("results").EnumerateArray()) AssertEntity(result);
        AssertTotal(body.GetProperty("total"));
        Assert.True(body.GetProperty("total").GetProperty("value").GetInt32() >= 9);
        Assert.Equal(3, body.GetProperty("limit").GetInt32());
        Assert.Equal(0, body.GetProperty("offset").GetInt32());
        var countries = body.GetProperty("facets").GetProperty("countries");
        Assert.Equal("Countries", countries.GetProperty("label").GetString());
        var russia = countries.GetProperty("values").EnumerateArray().First(v => v.GetProperty("name").GetString() == "ru");
        Assert.Equal(JsonValueKind.String, russia.GetProperty("label").ValueKind);
        Assert.True(russia.GetProperty("count").GetInt32() >= 9);
        Assert.Equal("sanction", body.GetProperty("facets").GetProperty("topics").GetProperty("values")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("facets").GetProperty("datasets").ValueKind);
    }

    [Fact]
    public async Task An_entity_is_answered_in_yentes_shape()
    {
        AssertEntity(await yente.GetAsync("/entities/ofac-sdn:16669"));
    }

    [Fact]
    public async Task The_catalogue_has_yentes_dataset_fields_and_names_the_scopes()
    {
        var catalog = await yente.GetAsync("/catalog");

        var un = catalog.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "un");
        Assert.Equal("source", un.GetProperty("type").GetString());
        Assert.True(un.GetProperty("load").GetBoolean());
        Assert.True(un.GetProperty("index_current").GetBoolean());
        Assert.Equal(1003, un.GetProperty("entity_count").GetInt32());
        var scopes = catalog.GetProperty("scopes").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()!, s => s.GetProperty("sources").EnumerateArray().Select(x => x.GetString()).ToList());
        Assert.Equal(["ofac-sdn", "uk", "un"], scopes["default"]);
        Assert.Equal(["uk", "un"], scopes[YenteService.Collection]);
        Assert.Equal(["un"], scopes["un"]);
    }

    [Fact]
    public async Task Every_yente_endpoint_is_401_without_a_key()
    {
        var client = yente.Service.Client(role: null);
        using var content = new StringContent(DocumentedMatchRequest, System.Text.Encoding.UTF8, "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/match/default", content)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/search/default?q=Rotenberg")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/entities/ofac-sdn:16669")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/algorithms")).StatusCode);
    }

    /// <summary>yente's EntityResponse: every field, with its type.</summary>
    private static void AssertEntity(JsonElement entity)
    {
        Assert.Equal(JsonValueKind.String, entity.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.String, entity.GetProperty("caption").ValueKind);
        Assert.Equal(JsonValueKind.String, entity.GetProperty("schema").ValueKind);
        var properties = entity.GetProperty("properties");
        Assert.NotEmpty(properties.GetProperty("name").EnumerateArray());
        foreach (var property in properties.EnumerateObject())
            Assert.All(property.Value.EnumerateArray(), v => Assert.True(v.ValueKind is JsonValueKind.String or JsonValueKind.Object));
        Assert.All(entity.GetProperty("datasets").EnumerateArray(), d => Assert.Equal(JsonValueKind.String, d.ValueKind));
        Assert.Equal(JsonValueKind.Array, entity.GetProperty("referents").ValueKind);
        Assert.True(entity.GetProperty("target").ValueKind is JsonValueKind.True or JsonValueKind.False);
        foreach (var date in (string[])["first_seen", "last_seen", "last_change"])
        {
            var value = entity.GetProperty(date);
            Assert.True(value.ValueKind is JsonValueKind.Null || DateTime.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out _), $"{date}: {value}");
        }
    }

    private static void AssertTotal(JsonElement total)
    {
        Assert.Equal(JsonValueKind.Number, total.GetProperty("value").ValueKind);
        Assert.Contains(total.GetProperty("relation").GetString(), (string[])["eq", "gte"]);
    }
}
