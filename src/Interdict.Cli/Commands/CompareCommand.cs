using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Interdict.Core.Matching;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict compare --input PAIRS.csv</c>: the engine's name comparison on its own, pair by pair.</summary>
internal static class CompareCommand
{
    /// <summary>Column pairs accepted for the two names, first found wins: (name1, name2) as documented, and
    /// (query, expected) as in the gold sets.</summary>
    private static readonly (string Query, string Listed)[] NameColumns = [("name1", "name2"), ("query", "expected")];

    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "CSV with a header: schema,name1,name2 (schema optional; other columns passed through).", Required = true, HelpName = "PAIRS.csv" };
        var output = new Option<string?>("--output") { Description = "Write here instead of stdout.", HelpName = "FILE" };
        var threshold = CommonOptions.Threshold();
        var command = new Command("compare", "Score name pairs with the engine's name comparison; writes the rows back with score,match added.")
        {
            input, output, threshold,
        };
        command.SetAction(parsed =>
        {
            var outputPath = parsed.GetValue(output);
            using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false));
            Run(parsed.GetValue(input)!, (TextWriter?)file ?? console.Out, parsed.GetValue(threshold));
            return CliApp.Done;
        });
        return command;
    }

    private static void Run(string inputPath, TextWriter output, double threshold)
    {
        if (!File.Exists(inputPath)) throw new UsageException($"--input {inputPath}: no such file");
        var options = new CsvReaderOptions { HasHeader = true, Separator = ',', MalformedData = CsvMalformedDataHandling.Throw, TrackLineNumbers = true };
        using var csv = CsvReader.FromFile(inputPath, options);
        string[] header;
        try
        {
            csv.ReadHeader();
            header = [.. csv.Headers];
        }
        catch (CsvFormatException e)
        {
            throw new UsageException($"{inputPath}: line {e.LineNumber}: malformed CSV ({e.Message})");
        }
        var columns = NameColumns.FirstOrDefault(c => header.Contains(c.Query) && header.Contains(c.Listed));
        if (columns == default)
            throw new UsageException($"{inputPath}: the header needs name1 and name2 (or query and expected) columns: {string.Join(",", header)}");
        var (queryColumn, listedColumn) = (Array.IndexOf(header, columns.Query), Array.IndexOf(header, columns.Listed));
        var schemaColumn = Array.IndexOf(header, "schema");

        using var writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        writer.WriteRecord([.. header, "score", "match"]);
        while (Read(csv, inputPath))
        {
            var where = $"{inputPath}: line {csv.LineNumber}";
            var schema = schemaColumn >= 0 ? CommonOptions.ParseSchema(csv.GetString(schemaColumn), $"{where}: schema") : null;
            var comparison = NameComparer.Compare(csv.GetString(queryColumn), csv.GetString(listedColumn), schema);
            for (var i = 0; i < header.Length; i++) writer.WriteField(csv.GetString(i));
            writer.WriteField(comparison.Score.ToString("0.####", CultureInfo.InvariantCulture));
            writer.WriteField(comparison.Score >= threshold ? "true" : "false");
            writer.EndRecord();
        }
        writer.Flush();
    }

    private static bool Read(CsvReader csv, string path)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new UsageException($"{path}: line {e.LineNumber}: malformed CSV ({e.Message})");
        }
    }
}
