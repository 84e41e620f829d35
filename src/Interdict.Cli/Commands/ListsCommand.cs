using System.CommandLine;
using System.Text.Json;
using Interdict.Cli.Output;
using Interdict.Core.Model;
using Interdict.Server.Native;
using Interdict.Sources.Loading;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict lists show</c>: what the given list files hold; <c>lists update</c>: see <see cref="ListsUpdateCommand"/>.</summary>
internal static class ListsCommand
{
    public static Command Create(CliConsole console)
    {
        var lists = CommonOptions.Lists();
        var format = CommonOptions.Format("table", "table", "json");
        var show = new Command("show", "Per source: format, publication date, file hashes, entities per schema, names.") { lists, format };
        show.SetAction(parsed =>
        {
            var report = ListSelection.Load(parsed.GetValue(lists), console);
            var summaries = report.Lists.Select(list => ListSummary.Of(list, report.NoticesFor(list.Version.SourceId))).ToList();
            if (parsed.GetValue(format) == "json") WriteJson(console.Out, summaries);
            else ListSummaryText.Write(console.Out, summaries);
            return CliApp.Done;
        });
        return new Command("lists", "Inspect list files, update them from their publishers, and record their versions.")
        {
            show,
            ListsUpdateCommand.Create(console),
            ListsImportCommand.Create(console),
            ListsHistoryCommand.Create(console),
            ListsDiffCommand.Create(console),
        };
    }

    private static void WriteJson(TextWriter output, List<ListSummary> summaries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ResultJson.Indented))
        {
            json.WriteStartArray();
            foreach (var s in summaries) s.Write(json);
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}

/// <summary>Counts that describe one loaded list version.</summary>
internal sealed record ListSummary(
    ListVersion Version,
    int Entities,
    IReadOnlyList<(Schema Schema, int Count)> BySchema,
    int Names,
    int Aliases,
    int WeakNames,
    int NonLatinNames,
    IReadOnlyList<string> Notes)
{
    public static ListSummary Of(LoadedList list, IEnumerable<LoadNotice> notices)
    {
        var names = list.Entities.SelectMany(e => e.Names).ToList();
        return new ListSummary(
            list.Version,
            list.Entities.Count,
            list.Entities.GroupBy(e => e.Schema).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList(),
            names.Count,
            names.Count(n => n.Kind is not NameKind.Primary),
            names.Count(n => n.IsWeak),
            names.Count(n => n.Script != "Latin"),
            [.. notices.Select(n => n.Message)]);
    }

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("source", Version.SourceId);
        json.WriteString("format", Version.Format);
        if (Version.Published is { } date) json.WriteString("published", date.ToString("yyyy-MM-dd"));
        else json.WriteNull("published");
        json.WriteString("hash", Version.Hash);
        SourceFilesJson.Write(json, Version.Files);
        json.WriteNumber("entities", Entities);
        json.WriteStartObject("schemas");
        foreach (var (schema, count) in BySchema) json.WriteNumber(schema.ToString(), count);
        json.WriteEndObject();
        json.WriteNumber("names", Names);
        json.WriteNumber("aliases", Aliases);
        json.WriteNumber("weak_names", WeakNames);
        json.WriteNumber("non_latin_names", NonLatinNames);
        json.WriteStartArray("notes");
        foreach (var note in Notes) json.WriteStringValue(note);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

internal static class ListSummaryText
{
    public static void Write(TextWriter output, IEnumerable<ListSummary> summaries)
    {
        foreach (var s in summaries)
        {
            var published = s.Version.Published?.ToString("yyyy-MM-dd") ?? "not stated in the files";
            output.WriteLine($"{s.Version.SourceId}  {s.Version.Format}  published {published}");
            output.WriteLine($"  entities {s.Entities:N0}: {string.Join(", ", s.BySchema.Select(b => $"{b.Schema} {b.Count:N0}"))}");
            output.WriteLine($"  names {s.Names:N0}: {s.Aliases:N0} aliases, {s.WeakNames:N0} weak, {s.NonLatinNames:N0} in non-Latin script");
            foreach (var file in s.Version.Files)
                output.WriteLine($"  {file.Role,-9} {file.Path} ({file.Length:N0} bytes) sha256 {file.Sha256}");
            output.WriteLine($"  version hash {s.Version.Hash}");
            foreach (var note in s.Notes) output.WriteLine($"  note: {note}");
        }
    }
}
