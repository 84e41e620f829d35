using System.CommandLine;
using Interdict.Sources.Updating;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict lists update</c>: fetches the official files, checks them, and puts them in force.</summary>
internal static class ListsUpdateCommand
{
    private const string Description =
        "Download the official file of every source, check that it loads whole as screening would, and put it in force; "
        + "a failed download or check keeps the previous version, names the source and the problem, and exits 3.";

    public static Command Create(CliConsole console)
    {
        var to = new Option<string?>("--to")
        {
            Description = $"Data directory (default ${DataDirectory.Variable}/lists, else ~/.interdict/lists). It holds current/<source>/<file>, "
                + "the versions in force (screen with --lists DIR/current); history/<source>/<time>-<file>, the versions replaced; "
                + "and update-log.jsonl, one line per fetch: source, url, time, HTTP status, bytes, SHA-256, outcome "
                + "(updated, unchanged, failed and why), publication date, entity count.",
            HelpName = "DIR",
        };
        var sources = new Option<string[]>("--sources")
        {
            Description = "Sources to update, separated by commas (default: every source of the catalogue marked default; "
                + "the official catalogue leaves out ofac-sdn-enhanced and ofac-cons-enhanced, alternatives to ofac-sdn and ofac-cons). "
                + $"Official sources: {string.Join(", ", SourceCatalog.Official.Entries.Select(e => e.Source))}.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "ID,…",
        };
        var catalog = new Option<string?>("--catalog")
        {
            Description = "Catalogue of addresses to use instead of the built-in one of the publishers' addresses: "
                + "tab-separated, header 'source file url default' (default: yes or no), '#' lines are comments. "
                + $"With ${SourceCatalog.BaseUrlVariable}=URL every file is fetched from a mirror instead, as URL/<source>/<file> "
                + "(a mirror can serve a copy of another machine's DIR/current).",
            HelpName = "FILE",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds allowed for one attempt at one file; a failure that may pass (no connection, timeout, HTTP 5xx) is tried 3 times.",
            DefaultValueFactory = _ => 600,
            HelpName = "SECONDS",
        };
        timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--timeout must be at least 1 second.");
        });
        var command = new Command("update", Description) { to, sources, catalog, timeout };
        command.SetAction((parsed, cancellation) => RunAsync(
            console,
            parsed.GetValue(to) ?? DefaultDirectory(),
            Entries(parsed.GetValue(catalog), parsed.GetValue(sources) ?? []),
            new UpdateOptions { Timeout = TimeSpan.FromSeconds(parsed.GetValue(timeout)) },
            cancellation));
        return command;
    }

    /// <summary>$INTERDICT_DATA/lists, else ~/.interdict/lists: beside the other data Interdict keeps.</summary>
    public static string DefaultDirectory() => Path.Combine(DataDirectory.Root(), "lists");

    private static IReadOnlyList<CatalogEntry> Entries(string? catalogFile, string[] sources)
    {
        try
        {
            var catalog = catalogFile is null ? SourceCatalog.Official : SourceCatalog.ReadFile(catalogFile);
            var mirror = Environment.GetEnvironmentVariable(SourceCatalog.BaseUrlVariable);
            if (!string.IsNullOrWhiteSpace(mirror)) catalog = catalog.RebasedOnto(mirror.Trim());
            var chosen = sources.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return catalog.Select([.. chosen.Distinct()]);
        }
        catch (ListUpdateException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static async Task<int> RunAsync(CliConsole console, string directory, IReadOnlyList<CatalogEntry> entries,
        UpdateOptions options, CancellationToken cancellation)
    {
        using var updater = new ListUpdater(directory, options);
        var failed = 0;
        try
        {
            await foreach (var record in updater.UpdateAsync(entries, cancellation).ConfigureAwait(false))
            {
                if (record.Outcome == UpdateOutcome.Failed)
                {
                    failed++;
                    var kept = record.Current is null ? "no version in force" : $"kept {record.Current}";
                    console.Error.WriteLine($"error: {record.Source}: {record.Reason} ({record.Url.AbsoluteUri}); {kept}");
                }
                else console.Out.WriteLine(Describe(record));
            }
        }
        catch (ListUpdateException e)
        {
            throw new UsageException(e.Message);
        }
        console.Out.WriteLine($"lists in force: {updater.Layout.CurrentDirectory} (screen with --lists {updater.Layout.CurrentDirectory}); log: {updater.Layout.Log}");
        if (failed == 0) return CliApp.Done;
        console.Error.WriteLine($"error: {failed} of {entries.Count} source(s) not updated");
        return CliApp.BadListData;
    }

    private static string Describe(UpdateRecord record)
    {
        var published = record.Published?.ToString("yyyy-MM-dd") ?? "date not stated";
        var outcome = record.Outcome == UpdateOutcome.Updated ? "updated" : "unchanged";
        return $"{record.Source}  {outcome}  published {published}  {record.Entities:N0} entities  {record.Bytes:N0} bytes  sha256 {record.Sha256}";
    }
}
