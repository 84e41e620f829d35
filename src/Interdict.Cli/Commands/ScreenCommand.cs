using System.CommandLine;
using System.Text.Json;
using Interdict.Cli.Batch;
using Interdict.Cli.Output;
using Interdict.Core.Matching;
using Interdict.Server.Native;
using Spectre.Console;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict screen NAME</c> for one name, <c>interdict screen --input FILE</c> for a batch.</summary>
internal static class ScreenCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name") { Description = "The name to screen.", Arity = ArgumentArity.ZeroOrOne };
        var schema = new Option<string?>("--schema") { Description = "Person, Organization, Company, PublicBody, Vessel or Aircraft." };
        var birthDate = new Option<string?>("--birth-date") { Description = "Birth date: YYYY, YYYY-MM or YYYY-MM-DD." };
        var country = new Option<string?>("--country") { Description = "Nationality or country: a name or an ISO code." };
        var gender = new Option<string?>("--gender") { Description = "male or female." };
        var identifiers = new Option<string[]>("--id")
        {
            Description = "An identifier of the party: passport, national ID, tax or registration number, IMO, BIC … (repeatable).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "VALUE",
        };
        var sources = new Option<string[]>("--source")
        {
            Description = "Screen only against these sources (ofac-sdn, ofac-cons, un, uk).",
            AllowMultipleArgumentsPerToken = true,
        };
        var lists = CommonOptions.Lists();
        var threshold = CommonOptions.Threshold();
        var limit = CommonOptions.Limit(10);
        var all = new Option<bool>("--all") { Description = "Also show the best candidates under the threshold." };
        var input = new Option<string?>("--input") { Description = "Batch: CSV with a header, or JSON lines (keys id, name, schema, birth_date, nationality, country).", HelpName = "FILE" };
        var output = new Option<string?>("--output") { Description = "Batch: write here instead of stdout.", HelpName = "FILE" };
        var format = CommonOptions.Format("table for a name, jsonl for a batch", "table", "json", "jsonl", "csv");

        var command = new Command("screen", "Screen a name, or a file of names, against the lists.")
        {
            name, schema, birthDate, country, gender, identifiers, sources, lists, threshold, limit, all, input, output, format,
        };
        command.SetAction(parsed =>
        {
            var batchFile = parsed.GetValue(input);
            var single = parsed.GetValue(name);
            if ((batchFile is null) == (single is null))
                throw new UsageException("give either a NAME to screen or --input FILE for a batch, not both and not neither.");
            var chosenFormat = parsed.GetResult(format) is { Implicit: false } ? parsed.GetValue(format) : null;
            var selectedSources = parsed.GetValue(sources) is { Length: > 0 } s ? s.ToHashSet(StringComparer.Ordinal) : null;

            if (batchFile is not null)
            {
                var perRow = new Option[] { schema, birthDate, country, gender, identifiers }.FirstOrDefault(o => parsed.GetResult(o) is { Implicit: false });
                if (perRow is not null)
                    throw new UsageException($"{perRow.Name} applies to one NAME; in a batch each row gives its own (columns schema, birth_date, nationality, country, gender, id_number, imo).");
                if (chosenFormat is "table" or "json") throw new UsageException("a batch is written as jsonl or csv (--format jsonl|csv).");
                var settings = new BatchSettings(selectedSources, parsed.GetValue(threshold), parsed.GetValue(limit), parsed.GetValue(all));
                return RunBatch(batchFile, parsed.GetValue(output), chosenFormat ?? "jsonl", settings, parsed.GetValue(lists), console);
            }
            if (chosenFormat is "jsonl" or "csv") throw new UsageException("one name is shown as a table or json (--format table|json).");
            var query = new ScreeningQuery(
                single!,
                CommonOptions.ParseSchema(parsed.GetValue(schema), "--schema"),
                CommonOptions.ParseBirthDate(parsed.GetValue(birthDate), "--birth-date"),
                CommonOptions.ParseCountries(parsed.GetValue(country), "--country"),
                selectedSources,
                parsed.GetValue(threshold),
                parsed.GetValue(limit),
                parsed.GetValue(all),
                CommonOptions.ParseGender(parsed.GetValue(gender), "--gender"),
                CommonOptions.Identifiers(parsed.GetValue(identifiers) ?? [], null));
            return RunSingle(query, chosenFormat ?? "table", parsed.GetValue(lists), console);
        });
        return command;
    }

    private static int RunSingle(ScreeningQuery query, string format, string[]? lists, CliConsole console)
    {
        var index = ListSelection.LoadIndex(lists, console);
        var results = Screen(index, query);
        if (format == "json")
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, ResultJson.Indented)) ResultJson.Write(json, null, query.Name, results);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return CliApp.Done;
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!ReferenceEquals(console.Out, Console.Out) || Console.IsOutputRedirected) terminal.Profile.Width = 160;
        ResultTable.Write(terminal, query.Name, results, index, query.Threshold ?? MatchingOptions.DefaultThreshold);
        return CliApp.Done;
    }

    private static IReadOnlyList<ScreeningResult> Screen(ScreeningIndex index, ScreeningQuery query)
    {
        try
        {
            return index.Screen(query);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static int RunBatch(string inputPath, string? outputPath, string format, BatchSettings settings, string[]? lists, CliConsole console)
    {
        var index = ListSelection.LoadIndex(lists, console);
        if (settings.Sources is { } wanted && wanted.FirstOrDefault(s => index.Lists.All(l => l.Version.SourceId != s)) is { } unknown)
            throw new UsageException($"--source {unknown}: not among the loaded sources ({string.Join(", ", index.Lists.Select(l => l.Version.SourceId))}).");
        using var input = new BatchInput(inputPath);
        using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false));
        var target = (TextWriter?)file ?? console.Out;
        using IBatchWriter writer = format == "csv" ? new CsvResultWriter(target) : new JsonLinesWriter(target);

        var summary = BatchProgress.Run(console, input, progress => input.Screen(index, settings, writer, progress));
        console.Error.WriteLine($"screened {summary.Rows:N0} rows against {index.Entities.Count:N0} entities");
        if (summary.Errors == 0) return CliApp.Done;
        console.Error.WriteLine($"error: {summary.Errors:N0} row(s) could not be screened (first: {summary.FirstError}); they are marked in the output");
        return CliApp.UsageError;
    }
}
