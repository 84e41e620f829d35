using Interdict.Server.Lists;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests.Operations;

/// <summary>The screening service on a real Kestrel at a free port of 127.0.0.1, open to calls without a key (local
/// use), for what the in-process test server does not show: sockets, body limits as Kestrel enforces them, stopping.</summary>
internal sealed class KestrelService : IAsyncDisposable
{
    private KestrelService(WebApplication app, ServerSettings settings, Uri address)
    {
        App = app;
        Settings = settings;
        Address = address;
    }

    public WebApplication App { get; }
    public ServerSettings Settings { get; }
    public Uri Address { get; }

    public static async Task<KestrelService> StartAsync(string[] lists, Func<ServerSettings, ServerSettings>? configure = null)
    {
        var data = Directory.CreateTempSubdirectory("interdict-kestrel-tests-").FullName;
        var settings = new ServerSettings { ListPaths = lists, DataDirectory = data, WatchLists = false, AllowAnonymous = true };
        settings = configure?.Invoke(settings) ?? settings;
        var builder = InterdictServer.CreateBuilder(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = InterdictServer.Build(builder);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var host = app.Services.GetRequiredService<ListHost>();
        while (!host.IsReady && host.LastFailure is null) await Task.Delay(50);
        return new KestrelService(app, settings, new Uri(address));
    }

    /// <summary>A client on its own connections.</summary>
    public HttpClient Client() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(Settings.DataDirectory, recursive: true);
    }
}
