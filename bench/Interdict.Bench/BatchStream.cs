using System.Buffers.Text;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Interdict.Server;
using Interdict.Server.Lists;
using Interdict.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interdict.Bench;

/// <summary>
/// The service's streaming batch end to end: the server on Kestrel at 127.0.0.1 (a free port) with the three lists,
/// and from the same process an HttpClient that uploads 1,000,000 generated JSON lines (the crosslist gold queries
/// and the generated people of the negatives files, over and over) while it reads the answer as it comes, checking
/// that every row is answered in order. Prints rows/s and the process's working set and managed heap, sampled
/// during the run, to show that memory stays flat. HTTP/2 without TLS: HttpClient reads an answer while it still
/// sends the request only over HTTP/2.
/// </summary>
internal static class BatchStream
{
    public const string Mode = "batch-stream";
    private const int Rows = 1_000_000;
    private const int Samples = 10;

    public static void Run(string shared)
    {
        var data = Directory.CreateTempSubdirectory("interdict-bench-").FullName;
        try
        {
            RunAsync(shared, data).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task RunAsync(string shared, string data)
    {
        var settings = new ServerSettings { ListPaths = Paths.ScreeningLists(shared), DataDirectory = data, WatchLists = false };
        var builder = InterdictServer.CreateBuilder(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        await using var app = InterdictServer.Build(builder);
        var key = ApiKeyStore.Create(data, ApiRole.Screen, "bench", DateTimeOffset.UtcNow).Key;
        await app.StartAsync();
        var lists = app.Services.GetRequiredService<ListHost>();
        while (!lists.IsReady && lists.LastFailure is null) await Task.Delay(50);
        var snapshot = lists.Require();

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        var content = new GeneratedRows(RowTemplates(shared));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/screen/batch")
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        GC.Collect();
        using var sampler = new MemorySampler();
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var (answered, errors, summary) = await ReadAnswerAsync(await response.Content.ReadAsStreamAsync(), sampler);
        var seconds = clock.Elapsed.TotalSeconds;
        await app.StopAsync();

        if (answered != Rows) throw new InvalidOperationException($"{answered:N0} rows answered of {Rows:N0}");
        Console.WriteLine($"batch-stream: {Rows:N0} JSON lines ({content.Bytes / 1048576.0:N0} MB up) against {snapshot.Index.Entities.Count:N0} entities, HTTP/2 on 127.0.0.1, client in the same process, {Environment.ProcessorCount} cores");
        Console.WriteLine($"| rows | seconds | rows/s | rows with an error | peak working set | peak managed heap |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine($"| {Rows:N0} | {seconds:N1} | {Rows / seconds:N0} | {errors:N0} | {sampler.PeakWorkingSet / 1048576.0:N0} MB | {sampler.PeakHeap / 1048576.0:N0} MB |");
        Console.WriteLine();
        Console.WriteLine("| rows answered | working set | managed heap |");
        Console.WriteLine("|---|---|---|");
        foreach (var (rows, workingSet, heap) in sampler.Marks) Console.WriteLine($"| {rows:N0} | {workingSet / 1048576.0:N0} MB | {heap / 1048576.0:N0} MB |");
        Console.WriteLine();
        Console.WriteLine($"summary line: {summary}");
    }

    /// <summary>Each row without its id: <c>"name": …, …}</c> and a line end.</summary>
    private static byte[][] RowTemplates(string shared)
    {
        var gold = EvalGoldSets.Crosslist(shared).Select(c => (object)new
        {
            name = c.Query,
            schema = c.Schema?.ToString(),
            birth_date = c.BirthDate,
            nationality = c.Nationality,
        });
        var negatives = EvalGoldSets.NegativeFiles.SelectMany(f => EvalGoldSets.Negatives(shared, f)).Select(p => (object)new
        {
            name = p.Name,
            schema = "Person",
            birth_date = p.BirthDate,
            nationality = p.Nationality,
        });
        return [.. gold.Concat(negatives).Select(row => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(row)[1..] + "\n"))];
    }

    /// <summary>Reads the answer as it streams in: checks that line i answers row i, counts the rows marked as
    /// errors, and keeps the summary line.</summary>
    private static async Task<(long Answered, long Errors, string? Summary)> ReadAnswerAsync(Stream answer, MemorySampler sampler)
    {
        var buffer = new byte[1 << 20];
        int filled = 0, read;
        long answered = 0, errors = 0;
        string? summary = null;
        while ((read = await answer.ReadAsync(buffer.AsMemory(filled))) > 0)
        {
            filled += read;
            var start = 0;
            for (int end; (end = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0; start = end + 1)
            {
                var line = buffer.AsSpan(start, end - start);
                if (line.StartsWith("{\"summary\""u8))
                {
                    summary = Encoding.UTF8.GetString(line);
                    continue;
                }
                if (!line.StartsWith("{\"id\":\""u8) || !Utf8Parser.TryParse(line[7..], out long id, out _) || id != answered)
                    throw new InvalidOperationException($"line {answered + 1} does not answer row {answered}: {Encoding.UTF8.GetString(line)}");
                if (line.IndexOf("\"error\":"u8) >= 0 && line.IndexOf("\"matches\":"u8) < 0) errors++;
                if (++answered % (Rows / Samples) == 0) sampler.Mark(answered);
            }
            buffer.AsSpan(start, filled - start).CopyTo(buffer);
            filled -= start;
            if (filled == buffer.Length) throw new InvalidOperationException("an answer line longer than 1 MiB");
        }
        return (answered, errors, summary);
    }

    /// <summary>The upload: <see cref="Rows"/> JSON lines, written in 64 KiB blocks as the connection takes them.</summary>
    private sealed class GeneratedRows(byte[][] templates) : HttpContent
    {
        public long Bytes { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var block = new byte[64 * 1024];
            var used = 0;
            for (var i = 0; i < Rows; i++)
            {
                var template = templates[i % templates.Length];
                if (used + template.Length + 32 > block.Length)
                {
                    await stream.WriteAsync(block.AsMemory(0, used));
                    Bytes += used;
                    used = 0;
                }
                "{\"id\":\""u8.CopyTo(block.AsSpan(used));
                used += 7;
                Utf8Formatter.TryFormat(i, block.AsSpan(used), out var written);
                used += written;
                "\","u8.CopyTo(block.AsSpan(used));
                used += 2;
                template.CopyTo(block.AsSpan(used));
                used += template.Length;
            }
            await stream.WriteAsync(block.AsMemory(0, used));
            Bytes += used;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>Samples the working set and the managed heap every 100 ms until disposed, and marks them at given
    /// points.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private long _peakWorkingSet, _peakHeap;

        public MemorySampler() => _ = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                self.Refresh();
                Interlocked.Exchange(ref _peakWorkingSet, Math.Max(Interlocked.Read(ref _peakWorkingSet), self.WorkingSet64));
                Interlocked.Exchange(ref _peakHeap, Math.Max(Interlocked.Read(ref _peakHeap), GC.GetTotalMemory(false)));
                await Task.Delay(100);
            }
        });

        public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);
        public long PeakHeap => Interlocked.Read(ref _peakHeap);
        public List<(long Rows, long WorkingSet, long Heap)> Marks { get; } = [];

        public void Mark(long rows)
        {
            using var self = Process.GetCurrentProcess();
            Marks.Add((rows, self.WorkingSet64, GC.GetTotalMemory(false)));
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
