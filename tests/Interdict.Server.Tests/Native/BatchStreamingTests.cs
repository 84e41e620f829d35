using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Interdict.Server.Tests.Native;

/// <summary>
/// The batch streams both ways on a real Kestrel, over HTTP/2 and HTTP/1.1: the first answers come back while the
/// upload is held open, and an upload far over the 1 MiB request limit of the JSON endpoints goes through.
/// </summary>
public sealed class BatchStreamingTests : IAsyncLifetime
{
    /// <summary>About 3 MiB of rows: the gold queries over and over.</summary>
    private const int Rows = 40_000;

    private static readonly IReadOnlyList<GoldQuery> Gold = BatchInputs.Gold(200);
    private KestrelService _service = null!;
    private KestrelService _http1 = null!;

    public async Task InitializeAsync()
    {
        _service = await KestrelService.StartAsync(BatchInputs.OfacSdn, HttpProtocols.Http2);
        _http1 = await KestrelService.StartAsync(BatchInputs.OfacSdn, HttpProtocols.Http1);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _http1.DisposeAsync();
    }

    private static string Row(int i) => BatchInputs.JsonLine(Gold[i % Gold.Count] with { Id = $"r{i}" }) + "\n";

    [Fact]
    public async Task Over_http_1_1_answers_start_before_the_chunked_upload_ends()
    {
        const int rows = 3_000;
        await using var http = await ChunkedHttp11.PostAsync(_http1.Address, "/v1/screen/batch", "application/x-ndjson", _http1.Key);
        await http.SendAsync(string.Concat(Enumerable.Range(0, 10).Select(Row)));

        var head = await http.ReadHeadAsync();
        var first = await http.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"r0\",", first, StringComparison.Ordinal);
        // The rest is sent only now, while the answer is read.
        var lines = new List<string>();
        var reading = Task.Run(async () =>
        {
            while (await http.ReadLineAsync() is { } line) lines.Add(line);
        });
        for (var i = 10; i < rows; i += 500) await http.SendAsync(string.Concat(Enumerable.Range(i, Math.Min(500, rows - i)).Select(Row)));
        await http.EndAsync();
        await reading.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(Enumerable.Range(1, rows - 1).Select(i => $"{{\"id\":\"r{i}\","), lines.Take(rows - 1).Select(l => l[..(l.IndexOf(',', StringComparison.Ordinal) + 1)]));
        Assert.Equal($"{{\"summary\":{{\"rows\":{rows},\"errors\":0,\"generation\":1}}}}", lines[^1]);
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("text/csv")]
    public async Task Over_http_2_answers_start_before_the_upload_ends(string mediaType)
    {
        var csv = mediaType == "text/csv";
        string Row(int i) => csv ? BatchInputs.CsvRow(Gold[i % Gold.Count] with { Id = $"r{i}" }) : BatchStreamingTests.Row(i);
        var firstAnswerRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var uploaded = 0L;
        var content = new HeldUpload(async body =>
        {
            var head = (csv ? BatchInputs.CsvHeader : "") + string.Concat(Enumerable.Range(0, 10).Select(Row));
            await body.WriteAsync(Encoding.UTF8.GetBytes(head));
            await body.FlushAsync();
            // The rest is sent only once an answer to the first rows has come back.
            await firstAnswerRead.Task.WaitAsync(TimeSpan.FromSeconds(30));
            for (var i = 10; i < Rows; i += 1000)
            {
                var part = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(i, Math.Min(1000, Rows - i)).Select(Row)));
                await body.WriteAsync(part);
                uploaded += part.Length;
            }
        });
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/screen/batch") { Content = content, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var client = _service.Client();

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = JsonDocument.Parse((await answer.ReadLineAsync())!).RootElement;
        Assert.Equal(0, Interlocked.Read(ref uploaded));
        firstAnswerRead.SetResult();

        Assert.Equal("r0", first.GetProperty("id").GetString());
        Assert.Equal(Gold[0].Name, first.GetProperty("query").GetString());
        var count = 1;
        string? last = null;
        while (await answer.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("{\"summary\"", StringComparison.Ordinal)) last = line;
            else Assert.StartsWith($"{{\"id\":\"r{count++}\",", line, StringComparison.Ordinal);
        }
        Assert.Equal(Rows, count);
        Assert.True(uploaded > 2 * 1024 * 1024, $"{uploaded} bytes uploaded");
        var summary = JsonDocument.Parse(last!).RootElement.GetProperty("summary");
        Assert.Equal(Rows, summary.GetProperty("rows").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
    }

    /// <summary>A request body of unknown length that the test writes as it goes.</summary>
    private sealed class HeldUpload(Func<Stream, Task> write) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => write(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
