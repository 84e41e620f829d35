using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Interdict.Cli.Output;
using Interdict.Server.Native;

namespace Interdict.Cli.Batch;

/// <summary>Writes batch outcomes in input order, to a file or the console.</summary>
internal interface IBatchWriter : IBatchSink, IDisposable
{
    void Write(in BatchOutcome outcome);
    void Complete();

    ValueTask IBatchSink.WriteAsync(ReadOnlyMemory<BatchOutcome> outcomes, CancellationToken cancellation)
    {
        foreach (ref readonly var outcome in outcomes.Span) Write(outcome);
        return ValueTask.CompletedTask;
    }
}

/// <summary>One JSON object per input row.</summary>
internal sealed class JsonLinesWriter(TextWriter output) : IBatchWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);

    public void Write(in BatchOutcome outcome)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, ResultJson.Compact)) BatchJsonLine.Write(json, outcome);
        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public void Complete() => output.Flush();

    public void Dispose()
    {
    }
}

/// <summary>One CSV row per match, and one row with empty match fields for a query without match, so that every
/// input row appears.</summary>
internal sealed class CsvResultWriter : IBatchWriter
{
    private static readonly string[] Header =
        ["id", "query", "rank", "entity_id", "source", "schema", "caption", "matched_name", "score", "match", "cleared_by", "explanation", "error"];

    private readonly CsvWriter csv;

    public CsvResultWriter(TextWriter output)
    {
        csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(Header);
    }

    public void Write(in BatchOutcome outcome)
    {
        if (outcome.Results.Count == 0)
        {
            WriteRow(outcome, [null, null, null, null, null, null, null, null, null, null, outcome.Error]);
            return;
        }
        for (var i = 0; i < outcome.Results.Count; i++)
        {
            var r = outcome.Results[i];
            WriteRow(outcome, [(i + 1).ToString(CultureInfo.InvariantCulture), r.Entity.Id, r.Entity.SourceId, r.Entity.Schema.ToString(),
                r.Entity.Caption, r.MatchedName.Value, r.Score.ToString("0.####", CultureInfo.InvariantCulture),
                r.IsMatch ? "true" : "false", r.ClearedBy?.Entity.Id, r.Explanation.ToString(), null]);
        }
    }

    private void WriteRow(in BatchOutcome outcome, string?[] rest)
    {
        csv.WriteField(outcome.Row.Id);
        csv.WriteField(outcome.Row.Name);
        foreach (var field in rest) csv.WriteField(field);
        csv.EndRecord();
    }

    public void Complete() => csv.Flush();

    public void Dispose() => csv.Dispose();
}
