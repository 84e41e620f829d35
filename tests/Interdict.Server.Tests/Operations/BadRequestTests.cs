using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Server.Tests.Operations;

/// <summary>Requests the service cannot read get a problem body that says what is wrong: too large (413), JSON that is
/// malformed or of the wrong types (400, naming the JSON path), a media type the endpoint does not read (415).</summary>
public sealed class BadRequestTests : IAsyncLifetime
{
    private const int MaxBytes = 1000;
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(
        s => s with { Limits = s.Limits with { MaxRequestBytes = MaxBytes } }, [SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_body_over_the_limit_is_413_naming_the_limit()
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { name = new string('a', 2 * MaxBytes) }), Encoding.UTF8, "application/json");

        var problem = await ProblemAsync(await _service.Client().PostAsync("/v1/screen", content), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal($"the request body is larger than the {MaxBytes} bytes this endpoint accepts.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_json_value_of_the_wrong_type_is_400_naming_its_path()
    {
        using var content = new StringContent("""{"name": "Ivan Petrov", "limit": "ten"}""", Encoding.UTF8, "application/json");

        var problem = await ProblemAsync(await _service.Client().PostAsync("/v1/screen", content), HttpStatusCode.BadRequest);

        Assert.StartsWith("The JSON value could not be converted to System.Nullable`1[System.Int32]. Path: $.limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("$.limit", problem.GetProperty("json_path").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_400_saying_where()
    {
        using var content = new StringContent("""{"name": "Ivan Petrov",}""", Encoding.UTF8, "application/json");

        var problem = await ProblemAsync(await _service.Client().PostAsync("/v1/screen", content), HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString();
        Assert.StartsWith("The JSON object contains a trailing comma", detail, StringComparison.Ordinal);
        Assert.Contains("LineNumber: 0 | BytePositionInLine:", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_body_is_400()
    {
        var problem = await ProblemAsync(await _service.Client().PostAsync("/v1/screen", JsonContent.Create<object?>(null)), HttpStatusCode.BadRequest);

        Assert.StartsWith("Implicit body inferred for parameter \"request\" but no body was provided", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_media_type_the_endpoint_does_not_read_is_415()
    {
        using var content = new StringContent("Ivan Petrov", Encoding.UTF8, "text/plain");

        var problem = await ProblemAsync(await _service.Client().PostAsync("/v1/screen", content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("'text/plain; charset=utf-8'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }
}
