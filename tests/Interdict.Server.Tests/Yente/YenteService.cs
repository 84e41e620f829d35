using System.Net;
using System.Text;
using System.Text.Json;

namespace Interdict.Server.Tests.Yente;

/// <summary>One service on the standard lists for every yente test, with a collection "un-uk" of two sources.</summary>
public sealed class YenteService : IAsyncLifetime
{
    public const string Collection = "un-uk";

    public TestService Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await TestService.StartAsync(s => s with
    {
        Collections = new Dictionary<string, IReadOnlyList<string>> { [Collection] = ["un", "uk"] },
    });

    public async Task DisposeAsync() => await Service.DisposeAsync();

    /// <summary>Posts the JSON text as it is written.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await Service.Client().PostAsync(path, content);
    }

    /// <summary>Posts and expects 200, returning the body.</summary>
    public async Task<JsonElement> MatchAsync(string path, string json)
    {
        var response = await PostAsync(path, json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await Service.Client().GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    /// <summary>The ids of a match response's results for one query.</summary>
    public static string[] Ids(JsonElement body, string key = "q1") =>
        [.. body.GetProperty("responses").GetProperty(key).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
}

[CollectionDefinition(Name)]
public sealed class YenteTests : ICollectionFixture<YenteService>
{
    public const string Name = "yente";
}
