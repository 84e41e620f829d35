using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Interdict.Server.Operations;

namespace Interdict.Server.Native;

/// <summary>The JSON line of one batch row, shared by the CLI and the service: the shape of
/// <see cref="ResultJson.Write"/>, or <c>{"id", "query", "error"}</c> for a row that could not be screened.</summary>
public static class BatchJsonLine
{
    public static void Write(Utf8JsonWriter json, in BatchOutcome outcome, int? generation = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (outcome.Error is null) ResultJson.Write(json, outcome.Row.Id, outcome.Row.Name!, outcome.Results, generation);
        else ResultJson.WriteError(json, outcome.Row.Id, outcome.Row.Name, outcome.Error);
    }
}

/// <summary>
/// Writes a batch answer as JSON lines straight into the response's <see cref="PipeWriter"/>, flushing after every
/// chunk so the client gets its answers while it is still uploading. The status and headers go out with the first
/// chunk; until then the request can still be answered with a problem. The last line is the summary:
/// <c>{"summary": {"rows", "errors", "generation", "stopped"?}}</c>, "stopped" saying why the batch ended before its
/// input did. An answer without it was cut off.
/// </summary>
internal sealed class BatchResponse(HttpResponse response, int generation, ScreeningMetrics metrics) : IBatchSink, IDisposable
{
    public const string ContentType = "application/x-ndjson; charset=utf-8";

    private Utf8JsonWriter? _json;

    /// <summary>Whether the status and the first lines have been written.</summary>
    public bool Started => _json is not null;

    public async ValueTask WriteAsync(ReadOnlyMemory<BatchOutcome> outcomes, CancellationToken cancellation)
    {
        foreach (var outcome in outcomes.Span)
        {
            if (outcome.Error is null) metrics.Record(ScreeningKind.Batch, outcome.Results);
        }
        WriteLines(Start(), outcomes.Span);
        await FlushAsync(cancellation);
    }

    public async Task CompleteAsync(BatchSummary summary, CancellationToken cancellation)
    {
        var json = Start();
        json.WriteStartObject();
        json.WriteStartObject("summary");
        json.WriteNumber("rows", summary.Rows);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("generation", generation);
        if (summary.Stopped is { } stopped) json.WriteString("stopped", stopped);
        json.WriteEndObject();
        json.WriteEndObject();
        EndLine(json);
        await FlushAsync(cancellation);
    }

    private Utf8JsonWriter Start()
    {
        if (_json is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            _json = new Utf8JsonWriter(response.BodyWriter, ResultJson.Compact);
        }
        return _json;
    }

    private void WriteLines(Utf8JsonWriter json, ReadOnlySpan<BatchOutcome> outcomes)
    {
        foreach (ref readonly var outcome in outcomes)
        {
            BatchJsonLine.Write(json, outcome, generation);
            EndLine(json);
        }
    }

    private void EndLine(Utf8JsonWriter json)
    {
        json.Flush();
        // A writer holds one JSON value; resetting it lets the next line start a new one.
        json.Reset();
        response.BodyWriter.Write("\n"u8);
    }

    public void Dispose() => _json?.Dispose();

    private async ValueTask FlushAsync(CancellationToken cancellation)
    {
        var flushed = await response.BodyWriter.FlushAsync(cancellation);
        if (flushed.IsCompleted || flushed.IsCanceled)
            throw new OperationCanceledException("the client no longer reads the answer", cancellation);
    }
}
