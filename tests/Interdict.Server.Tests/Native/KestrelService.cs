using System.Net;
using System.Net.Http.Headers;
using Interdict.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests.Native;

/// <summary>
/// The screening service on a real Kestrel at 127.0.0.1 and a free port, with a screen key: for what the in-process
/// test server does not show — a request body streamed over a socket while the answer streams back, and Kestrel's
/// request size limit. Without TLS it speaks either HTTP/1.1 or HTTP/2: HttpClient sends a whole HTTP/1.1 request body
/// before it reads the answer, and reads while it sends only over HTTP/2 (which needs an HTTP/2-only endpoint).
/// </summary>
internal sealed class KestrelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private KestrelService(WebApplication app, string dataDirectory, string key, Uri address)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Key = key;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<KestrelService> StartAsync(string[] lists, HttpProtocols protocols)
    {
        // Deleted by DisposeAsync.
        var data = Directory.CreateTempSubdirectory("interdict-server-tests-").FullName;
        var settings = new ServerSettings { ListPaths = lists, DataDirectory = data, WatchLists = false };
        var builder = InterdictServer.CreateBuilder(settings);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = protocols));
        var app = InterdictServer.Build(builder);
        var key = ApiKeyStore.Create(data, ApiRole.Screen, "kestrel test", DateTimeOffset.UtcNow).Key;
        await app.StartAsync();
        var host = app.Services.GetRequiredService<Lists.ListHost>();
        while (!host.IsReady && host.LastFailure is null) await Task.Delay(50);
        return new KestrelService(app, data, key, new Uri(app.Urls.First()));
    }

    public string Key { get; }

    /// <summary>An HTTP/2 client with the screen key.</summary>
    public HttpClient Client()
    {
        var client = new HttpClient
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(2),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
