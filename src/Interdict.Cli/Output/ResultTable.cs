using System.Globalization;
using Interdict.Core.Matching;
using Spectre.Console;

namespace Interdict.Cli.Output;

/// <summary>Screening results as a table for a person at a terminal.</summary>
internal static class ResultTable
{
    public static void Write(IAnsiConsole console, string query, IReadOnlyList<ScreeningResult> results, ScreeningIndex index, double threshold)
    {
        if (results.Count == 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"No match for \"{query}\" at threshold {threshold:0.00} among {index.Entities.Count:N0} entities ({Sources(index)})."));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("#");
        table.AddColumn("Score");
        table.AddColumn("Match");
        table.AddColumn("Entity");
        table.AddColumn("Schema");
        table.AddColumn("Listed as");
        table.AddColumn("Why");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                r.Score.ToString("0.00", CultureInfo.InvariantCulture),
                r.IsAlert ? "[bold red]MATCH[/]" : r.IsMatch ? "[yellow]CLEARED[/]" : "no",
                Markup.Escape(r.Entity.Id),
                r.Entity.Schema.ToString(),
                Markup.Escape(r.Entity.Caption),
                Markup.Escape(r.Explanation.ToString()));
        }
        console.Write(table);
        if (results[0].ClearedBy is { } clearance)
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"Cleared: the query matches allow-list entry {clearance.Entity.Id} \"{clearance.Entity.Caption}\" ({clearance.Score:0.00}; {clearance.Explanation}){Notes(clearance)}.")));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Screened \"{query}\" against {index.Entities.Count:N0} entities ({Sources(index)}); threshold {threshold:0.00}."));
    }

    private static string Notes(ScreeningResult clearance) =>
        clearance.Entity.Remarks.Count == 0 ? "" : $" — {string.Join("; ", clearance.Entity.Remarks)}";

    private static string Sources(ScreeningIndex index) => string.Join(", ", index.Lists.Select(l =>
        l.Version.Published is { } date ? $"{l.Version.SourceId} {date:yyyy-MM-dd}" : l.Version.SourceId));
}
