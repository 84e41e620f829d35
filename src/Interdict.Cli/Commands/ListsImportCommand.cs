using System.CommandLine;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict lists import PATH…</c>: records list versions in the store with what changed since the
/// version of the same source recorded before.</summary>
internal static class ListsImportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "List files or directories, recognised as screening recognises them. Each PATH is loaded on its own "
                + "and recorded in the order given, so daily files of one source can be imported oldest first in one call.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = ListsHistoryStore.Option();
        var actor = AuditActorOption.Create();
        var format = CommonOptions.Format("table", "table", "json");
        var import = new Command("import", "Record list versions in the store: source, format, publication date, file hashes, entities, "
            + "and the entities added, removed and changed since the previous version. Files already recorded are reported unchanged; "
            + "if any PATH does not load, nothing is recorded.") { paths, store, format, actor };
        import.SetAction(parsed =>
        {
            // Every list is loaded before any is recorded: one bad file leaves the store as it was.
            var lists = parsed.GetValue(paths)!.SelectMany(path => Load(path, console)).ToList();
            return ListsHistoryStore.Use(parsed.GetValue(store), opened =>
            {
                var imports = lists.Select(list => opened.ListVersions.Import(list, parsed.GetValue(actor))).ToList();
                // The new versions' changes are screened against the monitored parties straight away.
                var screenings = opened.Monitor.ScreenNewListVersions(parsed.GetValue(actor));
                if (parsed.GetValue(format) == "json")
                {
                    ListsHistoryJson.Write(console.Out, json =>
                    {
                        json.WriteStartArray();
                        foreach (var outcome in imports)
                        {
                            json.WriteStartObject();
                            json.WriteString("outcome", outcome.IsNew ? "recorded" : "unchanged");
                            json.WritePropertyName("version");
                            ListsHistoryJson.WriteVersion(json, outcome.Version);
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                    });
                }
                else
                {
                    foreach (var outcome in imports) console.Out.WriteLine(Describe(outcome));
                    foreach (var screening in screenings.Where(s => s.PartiesScreened > 0)) console.Out.WriteLine(Describe(screening));
                }
                return CliApp.Done;
            });
        });
        return import;
    }

    private static IReadOnlyList<LoadedList> Load(string path, CliConsole console)
    {
        var report = ListLoader.Load([path]);
        foreach (var notice in report.Notices) console.Error.WriteLine($"note: {notice}");
        return report.Lists;
    }

    private static string Describe(Store.Monitoring.VersionScreening screening) =>
        $"{screening.SourceId}  version {screening.ListVersionId} screened: {screening.PartiesScreened:N0} parties against "
        + $"{screening.EntitiesScreened:N0} added or changed entities: {screening.AlertsRaised.Count:N0} alerts raised, {screening.AlertsClosed:N0} closed";

    private static string Describe(Store.ListImport outcome)
    {
        var version = outcome.Version;
        var files = string.Join(", ", version.Files.Select(f => Path.GetFileName(f.Path)));
        if (!outcome.IsNew) return $"{version.SourceId}  unchanged: the same files ({files}) are version {version.Id}";
        var since = version.PreviousId is { } previous ? $"since version {previous}" : "first version";
        return $"{version.SourceId}  version {version.Id} recorded: {version.EntityCount:N0} entities, "
            + $"{ListsHistoryJson.Counts(version.Added, version.Removed, version.Changed)} {since} ({files})";
    }
}
