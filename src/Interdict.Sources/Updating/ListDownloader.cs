using System.Net;
using System.Security.Cryptography;

namespace Interdict.Sources.Updating;

/// <summary>How patiently files are fetched.</summary>
public sealed record UpdateOptions
{
    /// <summary>Longest wait for one attempt at one file, from connecting to its last byte.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts per file when the failure may pass (no connection, timeout, HTTP 5xx, 408, 429). A small
    /// bound: publishers' servers are slow at times, and a storm of retries helps neither side.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>Wait before the second attempt; it grows with each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>What one fetch brought: the last HTTP status, and the bytes written (with their SHA-256) or why not.</summary>
public sealed record Download(int? HttpStatus, long Bytes, string? Sha256, string? Failure);

/// <summary>Streams a file over HTTP into a local file, hashing it on the way, with a timeout and a bounded retry.</summary>
internal sealed class ListDownloader(UpdateOptions options) : IDisposable
{
    private const string UserAgent = "Interdict/0.1 (sanctions list update)";

    private readonly HttpClient _http = CreateClient(options);

    public async Task<Download> FetchAsync(Uri url, string target, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (download, mayPass) = await AttemptAsync(url, target, cancellation).ConfigureAwait(false);
            if (download.Failure is null || !mayPass || attempt >= options.Attempts)
                return attempt == 1 || download.Failure is null ? download : download with { Failure = $"{download.Failure} ({attempt} attempts)" };
            await Task.Delay(options.RetryDelay * attempt, options.Clock, cancellation).ConfigureAwait(false);
        }
    }

    private async Task<(Download, bool MayPass)> AttemptAsync(Uri url, string target, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(options.Timeout);
        int? status = null;
        long written = 0;
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var mayPass = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
                return (new Download(status, 0, null, $"HTTP {status} {response.ReasonPhrase}".TrimEnd()), mayPass);
            }
            var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var file = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    var buffer = new byte[1 << 16];
                    int read;
                    while ((read = await body.ReadAsync(buffer, deadline.Token).ConfigureAwait(false)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer.AsMemory(0, read), deadline.Token).ConfigureAwait(false);
                        written += read;
                    }
                }
                return (new Download(status, written, Convert.ToHexStringLower(hash.GetHashAndReset()), null), false);
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (new Download(status, written, null, $"no complete answer within {Seconds(options.Timeout)} (timeout)"), true);
        }
        catch (HttpIOException e)
        {
            return (new Download(status, written, null, $"the transfer broke off after {written:N0} bytes ({e.Message})"), true);
        }
        catch (HttpRequestException e)
        {
            return (new Download(status, written, null, $"cannot reach {url.Authority}: {e.Message}"), true);
        }
    }

    private static HttpClient CreateClient(UpdateOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.Timeout < TimeSpan.FromSeconds(30) ? options.Timeout : TimeSpan.FromSeconds(30),
            AutomaticDecompression = DecompressionMethods.All,
        };
        // Each attempt has its own deadline (linked to the caller's cancellation); the client's would be shared.
        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.#} s";

    public void Dispose() => _http.Dispose();
}
