using System.CommandLine;
using Interdict.Store;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict lists history [SOURCE]</c>: the list versions recorded, oldest first.</summary>
internal static class ListsHistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string?>("SOURCE")
        {
            Description = "Only the versions of this source (e.g. ofac-sdn); default every source.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var store = ListsHistoryStore.Option();
        var format = CommonOptions.Format("table", "table", "json");
        var history = new Command("history", "The list versions recorded by 'lists import', oldest first: id, source, publication date, "
            + "import time, entities, and +added -removed ~changed since the version before.") { source, store, format };
        history.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var versions = opened.ListVersions.History(parsed.GetValue(source));
            if (parsed.GetValue(format) == "json")
            {
                ListsHistoryJson.Write(console.Out, json =>
                {
                    json.WriteStartArray();
                    foreach (var version in versions) ListsHistoryJson.WriteVersion(json, version);
                    json.WriteEndArray();
                });
            }
            else WriteTable(console.Out, versions, opened.Description);
            return CliApp.Done;
        }));
        return history;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<ListVersionRecord> versions, string store)
    {
        if (versions.Count == 0)
        {
            output.WriteLine($"no list versions recorded in {store}");
            return;
        }
        output.WriteLine($"{"id",6}  {"source",-12}  {"published",-10}  {"imported (UTC)",-16}  {"entities",8}  changes");
        foreach (var v in versions)
        {
            output.WriteLine($"{v.Id,6}  {v.SourceId,-12}  {v.Published?.ToString("yyyy-MM-dd") ?? "-",-10}  "
                + $"{v.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm}  {v.EntityCount,8:N0}  {ListsHistoryJson.Counts(v.Added, v.Removed, v.Changed)}");
        }
    }
}
