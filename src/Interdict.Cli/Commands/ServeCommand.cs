using System.CommandLine;
using Interdict.Server;
using Interdict.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict serve</c>: runs the screening service on Kestrel until stopped (Ctrl+C or SIGTERM, which
/// let the requests in flight finish).</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var lists = CommonOptions.Lists();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (default http://127.0.0.1:8080).",
            DefaultValueFactory = _ => "http://127.0.0.1:8080",
            HelpName = "URLS",
        };
        var data = new Option<string?>("--data")
        {
            Description = $"Data directory holding the API keys (default ${DataDirectory.Variable}, else ~/.interdict).",
            HelpName = "DIR",
        };
        var anonymous = new Option<bool>("--anonymous")
        {
            Description = "Let calls without an API key in with the screen role. For local use only.",
        };
        var reloadEvery = new Option<int?>("--reload-every")
        {
            Description = "Also reload the lists every so many minutes (they reload whenever their files change anyway).",
            HelpName = "MINUTES",
        };
        reloadEvery.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--reload-every must be at least 1 minute.");
        });
        var collections = new Option<string[]>("--collection")
        {
            Description = "A named scope of several sources, NAME=SOURCE,SOURCE (repeatable), e.g. us=ofac-sdn,ofac-cons,us-csl: "
                + "then /match/us screens those alone.",
            HelpName = "NAME=SOURCES",
        };
        collections.Validators.Add(r =>
        {
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (ParseCollection(value) is null) r.AddError($"--collection {value}: write NAME=SOURCE,SOURCE.");
            }
        });
        var command = new Command("serve", "Run the screening service: a yente-compatible HTTP API (/match, /search, /entities, "
            + "/catalog), native screening under /v1, /metrics, and /admin/lists/reload. Calls need an API key "
            + "(interdict keys create) unless --anonymous.")
        {
            lists, urls, data, anonymous, reloadEvery, collections,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var settings = new ServerSettings
            {
                ListPaths = [.. ListSelection.Resolve(parsed.GetValue(lists)).Select(Path.GetFullPath)],
                DataDirectory = parsed.GetValue(data) ?? DataDirectory.Root(),
                AllowAnonymous = parsed.GetValue(anonymous),
                ReloadInterval = parsed.GetValue(reloadEvery) is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
                Collections = (parsed.GetValue(collections) ?? []).Select(c => ParseCollection(c)!.Value)
                    .ToDictionary(c => c.Name, c => c.Sources, StringComparer.Ordinal),
            };
            if (!settings.AllowAnonymous && ApiKeyStore.Open(settings.DataDirectory).Keys.Count == 0)
                console.Error.WriteLine($"note: no API key in {ApiKeyStore.PathIn(settings.DataDirectory)}: create one with 'interdict keys create --role screen', or pass --anonymous for local use.");
            var builder = InterdictServer.CreateBuilder(settings);
            builder.WebHost.UseUrls(parsed.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await using var app = InterdictServer.Build(builder);
            await app.StartAsync(cancellation);
            await app.WaitForShutdownAsync(cancellation);
            return CliApp.Done;
        });
        return command;
    }

    private static (string Name, IReadOnlyList<string> Sources)? ParseCollection(string text)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0) return null;
        var sources = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sources.Length == 0 ? null : (parts[0], sources);
    }
}
