using System.CommandLine;
using System.Globalization;
using System.Text;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict audit verify|export</c>: checks the audit trail's hash chain, and exports a period of it.</summary>
internal static class AuditCommand
{
    /// <summary>The exit code of <c>audit verify</c> when the chain is broken.</summary>
    public const int ChainBroken = 3;

    public static Command Create(CliConsole console) => new("audit", "The audit trail: every list import, party change, alert and decision, "
        + "who made it and when, each record chained to the one before by its SHA-256 hash.")
    {
        Verify(console),
        Export(console),
    };

    private static Command Verify(CliConsole console)
    {
        var store = ListsHistoryStore.Option();
        var verify = new Command("verify", "Walk the chain and report the first broken link (edited, deleted or reordered records); "
            + $"exit {CliApp.Done} when intact, {ChainBroken} when broken.") { store };
        verify.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var result = opened.Audit.Verify();
            if (result.Broken is { } broken)
            {
                console.Out.WriteLine($"chain broken at record {broken.Sequence}: {broken.Reason}; {result.Records:N0} records before it hold");
                return ChainBroken;
            }
            console.Out.WriteLine($"{result.Records:N0} records, chain intact");
            return CliApp.Done;
        }));
        return verify;
    }

    private static Command Export(CliConsole console)
    {
        var from = DateOption("--from", "First day of the period (UTC), YYYY-MM-DD.");
        var to = DateOption("--to", "Last day of the period (UTC), YYYY-MM-DD, included.");
        var output = new Option<string?>("--output") { Description = "Write here instead of stdout.", HelpName = "FILE" };
        var store = ListsHistoryStore.Option();
        var export = new Command("export", "Write the records of a period as JSON lines, each with its hash and the previous record's "
            + "hash, so the slice can be verified on its own.") { from, to, output, store };
        export.SetAction(parsed =>
        {
            var (start, last) = (parsed.GetValue(from), parsed.GetValue(to));
            if (last < start) throw new UsageException($"--to {last:yyyy-MM-dd} is before --from {start:yyyy-MM-dd}");
            return ListsHistoryStore.Use(parsed.GetValue(store), opened =>
            {
                var outputPath = parsed.GetValue(output);
                using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
                var count = opened.Audit.Export(Midnight(start), Midnight(last.AddDays(1)), file ?? console.Out);
                if (file is not null) console.Out.WriteLine($"{count:N0} records written to {outputPath}");
                return CliApp.Done;
            });
        });
        return export;
    }

    private static Option<DateOnly> DateOption(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"{name} must be a date YYYY-MM-DD, not '{text}'.");
            return default;
        },
    };

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
