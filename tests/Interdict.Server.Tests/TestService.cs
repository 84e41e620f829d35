using System.Net.Http.Headers;
using Interdict.Server.Lists;
using Interdict.Server.Security;
using Interdict.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Interdict.Server.Tests;

/// <summary>
/// The screening service in process on ASP.NET Core's test server, with the real lists and one API key per role in
/// a scratch data directory. Starting one loads its lists: share one per test class where the tests only read.
/// </summary>
public sealed class TestService : IAsyncDisposable
{
    private readonly Dictionary<ApiRole, string> _keys = [];

    private TestService(WebApplication app, ServerSettings settings)
    {
        App = app;
        Settings = settings;
    }

    /// <summary>OFAC SDN 2023-12-28, UN 2026-02-27 and UK OFSI 2025-04-14: the lists of the figures.</summary>
    public static string[] StandardLists =>
    [
        SharedData.Lists("ofac-sdn", "2023-12-28"),
        SharedData.Lists("un", "un_consolidated_2026-02-27.xml"),
        SharedData.Lists("uk", "OFSI_ConList_2025-04-14.xlsx"),
    ];

    public WebApplication App { get; }
    public ServerSettings Settings { get; }
    public ListHost Lists => App.Services.GetRequiredService<ListHost>();

    /// <summary>Starts a service on the given lists (the standard three by default) and waits until it is ready.</summary>
    public static async Task<TestService> StartAsync(Func<ServerSettings, ServerSettings>? configure = null, string[]? lists = null)
    {
        // Deleted by DisposeAsync.
        var data = Directory.CreateTempSubdirectory("interdict-server-tests-").FullName;
        var settings = new ServerSettings { ListPaths = lists ?? StandardLists, DataDirectory = data, WatchLists = false };
        settings = configure?.Invoke(settings) ?? settings;
        var builder = InterdictServer.CreateBuilder(settings);
        builder.WebHost.UseTestServer();
        var app = InterdictServer.Build(builder);
        var service = new TestService(app, settings);
        foreach (var role in Enum.GetValues<ApiRole>())
            service._keys[role] = ApiKeyStore.Create(settings.DataDirectory, role, $"test {role}", DateTimeOffset.UtcNow).Key;
        await app.StartAsync();
        while (!service.Lists.IsReady && service.Lists.LastFailure is null) await Task.Delay(50);
        return service;
    }

    public string Key(ApiRole role) => _keys[role];

    /// <summary>A client that sends the key of <paramref name="role"/>, or no key at all.</summary>
    public HttpClient Client(ApiRole? role = ApiRole.Screen)
    {
        var client = App.GetTestClient();
        if (role is { } r) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", _keys[r]);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (Directory.Exists(Settings.DataDirectory)) Directory.Delete(Settings.DataDirectory, recursive: true);
    }
}
