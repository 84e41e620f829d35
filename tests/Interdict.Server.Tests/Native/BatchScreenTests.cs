using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Interdict.Server.Tests.Native;

/// <summary><c>POST /v1/screen/batch</c> on OFAC SDN 2023-12-28 with the first 200 crosslist gold queries.</summary>
public sealed class BatchScreenTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<GoldQuery> Gold = BatchInputs.Gold(200);
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(lists: BatchInputs.OfacSdn);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<List<JsonElement>> ScreenAsync(string body, string? mediaType, string query = "")
    {
        var response = await _service.Client().PostAsync("/v1/screen/batch" + query, BatchInputs.Content(body, mediaType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return await BatchInputs.LinesAsync(response);
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData(null)]
    public async Task Json_lines_get_one_line_per_row_in_order_with_the_expected_entities(string? mediaType)
    {
        var lines = await ScreenAsync(BatchInputs.JsonLines(Gold), mediaType);

        Assert.Equal(Gold.Count + 1, lines.Count);
        Assert.Equal(Gold.Select(q => q.Id), lines.Take(Gold.Count).Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(Gold.Select(q => q.Name), lines.Take(Gold.Count).Select(l => l.GetProperty("query").GetString()));
        Assert.All(lines.Take(Gold.Count), l => Assert.Equal(1, l.GetProperty("generation").GetInt32()));
        var primaries = Gold.Select((q, i) => (q, line: lines[i])).Where(p => p.q.Kind == "Primary name").ToList();
        var found = primaries.Count(p => BatchInputs.EntityIds(p.line).Contains(p.q.Expected));
        Assert.True(found >= primaries.Count * 0.9, $"{found} of {primaries.Count} primary names found");
        var summary = lines[^1].GetProperty("summary");
        Assert.Equal(Gold.Count, summary.GetProperty("rows").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.False(summary.TryGetProperty("stopped", out _));
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData(null)]
    public async Task Csv_gets_the_same_answers_as_json_lines(string? mediaType)
    {
        var fromJson = await ScreenAsync(BatchInputs.JsonLines(Gold), "application/x-ndjson");
        var fromCsv = await ScreenAsync(BatchInputs.Csv(Gold), mediaType);

        Assert.Equal(fromJson.Select(l => l.GetRawText()), fromCsv.Select(l => l.GetRawText()));
        Assert.Contains(fromCsv.Take(Gold.Count), l => l.GetProperty("matches").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Query_parameters_apply_to_every_row()
    {
        var rows = Gold.Take(20).ToList();

        var lines = await ScreenAsync(BatchInputs.JsonLines(rows), "application/x-ndjson", "?limit=2&include_non_matches=true&sources=ofac-sdn");
        var strict = await ScreenAsync(BatchInputs.JsonLines(rows), "application/x-ndjson", "?threshold=1");

        Assert.All(lines.Take(rows.Count), l => Assert.InRange(l.GetProperty("matches").GetArrayLength(), 0, 2));
        Assert.Contains(lines.Take(rows.Count), l => l.GetProperty("matches").EnumerateArray().Any(m => !m.GetProperty("match").GetBoolean()));
        Assert.All(strict.Take(rows.Count).SelectMany(l => l.GetProperty("matches").EnumerateArray()), m => Assert.Equal(1, m.GetProperty("score").GetDouble()));
    }

    [Fact]
    public async Task Rows_that_cannot_be_screened_get_an_error_line_and_the_rest_are_screened()
    {
        var rows = Gold.Take(6).ToList();
        var body = BatchInputs.JsonLine(rows[0]) + "\n"
            + "{\"id\": \"broken\", \"name\": \n"
            + BatchInputs.JsonLine(rows[1]) + "\n"
            + "{\"id\": \"when\", \"name\": \"Ivan Petrov\", \"birth_date\": \"last spring\"}\n"
            + "{\"id\": \"nameless\"}\n"
            + BatchInputs.JsonLines(rows.Skip(2));

        var lines = await ScreenAsync(body, "application/x-ndjson");

        Assert.Equal(10, lines.Count);
        Assert.Equal("line 2: not a JSON object", lines[1].GetProperty("error").GetString()![..25]);
        Assert.Equal("when", lines[3].GetProperty("id").GetString());
        Assert.Contains("'last spring' is not a date", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("no name", lines[4].GetProperty("error").GetString());
        // The good rows are answered as a batch of only them would be.
        var alone = await ScreenAsync(BatchInputs.JsonLines(rows), "application/x-ndjson");
        int[] screened = [0, 2, 5, 6, 7, 8];
        Assert.Equal(alone.Take(rows.Count).Select(l => l.GetRawText()), screened.Select(i => lines[i].GetRawText()));
        Assert.Contains(rows[0].Expected, BatchInputs.EntityIds(lines[0]));
        Assert.Equal(3, lines[^1].GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Broken_csv_quoting_stops_the_batch_after_the_rows_before_it()
    {
        var body = BatchInputs.Csv(Gold.Take(3)) + "q4,\"EBANO\"x,Vessel,,\n" + BatchInputs.CsvRow(Gold[4]);

        var lines = await ScreenAsync(body, "text/csv");

        Assert.Equal(4, lines.Count);
        Assert.Equal(Gold.Take(3).Select(q => q.Id), lines.Take(3).Select(l => l.GetProperty("id").GetString()));
        var summary = lines[^1].GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("rows").GetInt32());
        Assert.StartsWith("line 5: malformed CSV", summary.GetProperty("stopped").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_without_a_name_column_is_a_400_before_any_line()
    {
        var response = await _service.Client().PostAsync("/v1/screen/batch", BatchInputs.Content("id,full_name\n1,QODS\n", "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("no 'name' (or 'query') column", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?threshold=2", "threshold")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?sources=ofac-sdn,eu", "sources")]
    [InlineData("?include_non_matches=perhaps", "include_non_matches")]
    public async Task A_parameter_that_cannot_be_read_is_a_400_naming_it(string query, string field)
    {
        var response = await _service.Client().PostAsync("/v1/screen/batch" + query, BatchInputs.Content(BatchInputs.JsonLines(Gold.Take(2)), "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Without_a_key_it_is_401()
    {
        var response = await _service.Client(role: null).PostAsync("/v1/screen/batch", BatchInputs.Content(BatchInputs.JsonLines(Gold.Take(2)), "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

/// <summary><see cref="ServerLimits.MaxBatchRows"/> on a service that allows 50 rows.</summary>
public sealed class BatchLimitTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() =>
        _service = await TestService.StartAsync(s => s with { Limits = s.Limits with { MaxBatchRows = 50 } }, BatchInputs.OfacSdn);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_batch_over_the_row_limit_is_answered_up_to_the_limit_and_then_stops()
    {
        var gold = BatchInputs.Gold(120);

        var response = await _service.Client().PostAsync("/v1/screen/batch", BatchInputs.Content(BatchInputs.JsonLines(gold), "application/x-ndjson"));

        var lines = await BatchInputs.LinesAsync(response);
        Assert.Equal(51, lines.Count);
        Assert.Equal(gold.Take(50).Select(q => q.Id), lines.Take(50).Select(l => l.GetProperty("id").GetString()));
        var summary = lines[^1].GetProperty("summary");
        Assert.Equal(50, summary.GetProperty("rows").GetInt32());
        Assert.Equal("more than 50 rows: the batch stops after row 50", summary.GetProperty("stopped").GetString());
    }

    [Fact]
    public async Task A_batch_at_the_row_limit_is_complete()
    {
        var response = await _service.Client().PostAsync("/v1/screen/batch", BatchInputs.Content(BatchInputs.Csv(BatchInputs.Gold(50)), "text/csv"));

        var summary = (await BatchInputs.LinesAsync(response))[^1].GetProperty("summary");
        Assert.Equal(50, summary.GetProperty("rows").GetInt32());
        Assert.False(summary.TryGetProperty("stopped", out _));
    }
}
