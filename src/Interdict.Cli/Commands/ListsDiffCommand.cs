using System.CommandLine;
using Interdict.Store;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict lists diff SOURCE VERSION_A VERSION_B</c>: the entities added, removed and changed from one
/// recorded version of a source to another, with the fields that changed.</summary>
internal static class ListsDiffCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("SOURCE") { Description = "The source both versions belong to, e.g. ofac-sdn." };
        var from = new Argument<long>("VERSION_A") { Description = "The older version's id (see 'lists history')." };
        var to = new Argument<long>("VERSION_B") { Description = "The newer version's id." };
        var store = ListsHistoryStore.Option();
        var format = CommonOptions.Format("table", "table", "json");
        var diff = new Command("diff", "What changed between two recorded versions of a source: entities added, removed, and changed "
            + "with the fields that changed (names, birth_dates, nationalities, addresses, identifiers, programs, remarks, links …).")
            { source, from, to, store, format };
        diff.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var sourceId = parsed.GetValue(source)!;
            foreach (var id in new[] { parsed.GetValue(from), parsed.GetValue(to) })
            {
                var version = opened.ListVersions.Find(id) ?? throw new UsageException($"no list version {id} in {opened.Description}");
                if (version.SourceId != sourceId)
                    throw new UsageException($"version {id} is a version of {version.SourceId}, not of {sourceId}");
            }
            var difference = opened.ListVersions.Diff(parsed.GetValue(from), parsed.GetValue(to));
            if (parsed.GetValue(format) == "json") ListsHistoryJson.Write(console.Out, json => WriteJson(json, difference));
            else WriteTable(console.Out, difference);
            return CliApp.Done;
        }));
        return diff;
    }

    private static void WriteTable(TextWriter output, ListVersionDiff diff)
    {
        output.WriteLine($"{diff.To.SourceId}: version {diff.From.Id} ({diff.From.EntityCount:N0} entities) to version {diff.To.Id} "
            + $"({diff.To.EntityCount:N0} entities): {ListsHistoryJson.Counts(diff.Added, diff.Removed, diff.Changed)}");
        foreach (var change in diff.Changes)
        {
            var mark = change.Kind switch { EntityChangeKind.Added => '+', EntityChangeKind.Removed => '-', _ => '~' };
            var fields = change.ChangedFields.Count > 0 ? "  " + string.Join(", ", change.ChangedFields) : "";
            output.WriteLine($"{mark} {change.EntityId,-24} {change.Schema,-12} {change.Caption}{fields}");
        }
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, ListVersionDiff diff)
    {
        json.WriteStartObject();
        json.WriteString("source", diff.To.SourceId);
        json.WritePropertyName("from");
        ListsHistoryJson.WriteVersion(json, diff.From);
        json.WritePropertyName("to");
        ListsHistoryJson.WriteVersion(json, diff.To);
        json.WriteNumber("added", diff.Added);
        json.WriteNumber("removed", diff.Removed);
        json.WriteNumber("changed", diff.Changed);
        json.WriteStartArray("changes");
        foreach (var change in diff.Changes)
        {
            json.WriteStartObject();
            json.WriteString("id", change.EntityId);
            json.WriteString("change", change.Kind.ToString().ToLowerInvariant());
            json.WriteString("schema", change.Schema);
            json.WriteString("caption", change.Caption);
            json.WriteStartArray("fields");
            foreach (var field in change.ChangedFields) json.WriteStringValue(field);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
