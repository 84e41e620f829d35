using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Interdict.Server.Tests;

/// <summary><c>POST /v1/screen</c> on the standard lists.</summary>
public sealed class NativeScreenTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Screens_a_name_and_explains_the_hit()
    {
        var response = await _service.Client().PostAsJsonAsync("/v1/screen", new { name = "Alabuga Special Economic Zone", schema = "Organization" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var first = body.GetProperty("matches")[0];
        Assert.Equal("uk:16407", first.GetProperty("entity_id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Contains("alabuga", first.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, body.GetProperty("generation").GetInt32());
    }

    [Fact]
    public async Task A_field_that_cannot_be_read_is_a_400_naming_it()
    {
        var response = await _service.Client().PostAsJsonAsync("/v1/screen", new { name = "Ivan Petrov", birth_date = "last spring" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("birth_date", problem.GetProperty("field").GetString());
        Assert.Contains("'last spring' is not a date", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        using var content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await _service.Client().PostAsync("/v1/screen", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
