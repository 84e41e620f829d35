using System.Globalization;
using Interdict.Core.Matching;
using Interdict.Server.Endpoints;
using Interdict.Server.Lists;
using Interdict.Server.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Interdict.Server.Native;

/// <summary>
/// <c>POST /v1/screen/batch</c>: a streaming batch. The body is CSV with a header (<c>text/csv</c>) or JSON lines
/// (<c>application/x-ndjson</c>, <c>application/jsonl</c>), with the columns or keys of the CLI's batch input; any other
/// type is told by its first character. Query: <c>threshold</c>, <c>limit</c>, <c>sources</c> (comma separated),
/// <c>include_non_matches</c>. The answer is JSON lines, one per input row in input order (see
/// <see cref="BatchResponse"/>), streamed while the upload goes on. The whole batch is screened against the list
/// snapshot in service when it starts; it may hold up to <see cref="ServerLimits.MaxBatchRows"/> rows, whatever its
/// size in bytes.
/// </summary>
internal static class BatchEndpoint
{
    // A batch may be any size: it is streamed, and limited by rows instead.
    [DisableRequestSizeLimit]
    public static async Task<IResult> ScreenBatch(HttpContext context, ListHost lists, ServerSettings server, ScreeningMetrics metrics)
    {
        if (lists.Current is not { } snapshot) return Problems.NotReady(lists);
        BatchSettings settings;
        try
        {
            settings = Settings(context.Request.Query, snapshot.Index, server.Limits.MaxBatchRows);
        }
        catch (QueryFieldException e)
        {
            return Problems.BadField(e);
        }

        var aborted = context.RequestAborted;
        using var output = new BatchResponse(context.Response, snapshot.Generation, metrics);
        BatchSummary summary;
        try
        {
            var rows = await BatchRowReader.OpenAsync(context.Request.BodyReader, FormatOf(context.Request.ContentType), aborted);
            summary = await BatchRunner.RunAsync(rows, snapshot.Index, settings, output, aborted);
        }
        catch (Exception) when (aborted.IsCancellationRequested)
        {
            // The client is gone: nobody reads what would be written.
            return Results.Empty;
        }
        if (!output.Started && summary.Stopped is { } unreadable)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable batch", detail: unreadable);
        await output.CompleteAsync(summary, aborted);
        return Results.Empty;
    }

    /// <summary>The format the content type names; null when it names none, and the content tells.</summary>
    private static BatchFormat? FormatOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.MediaType.Value?.ToLowerInvariant() switch
        {
            "text/csv" => BatchFormat.Csv,
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => BatchFormat.JsonLines,
            _ => null,
        } : null;

    /// <exception cref="QueryFieldException">A parameter cannot be read.</exception>
    private static BatchSettings Settings(IQueryCollection query, ScreeningIndex index, long maxRows)
    {
        double? threshold = null;
        if (query["threshold"] is [{ } thresholdText])
        {
            threshold = double.TryParse(thresholdText, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t is >= 0 and <= 1
                ? t
                : throw new QueryFieldException("threshold", $"'{thresholdText}' is not a number between 0 and 1.");
        }
        var limit = 10;
        if (query["limit"] is [{ } limitText])
        {
            limit = int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l is >= 1 and <= 500
                ? l
                : throw new QueryFieldException("limit", $"'{limitText}' is not a whole number between 1 and 500.");
        }
        var includeNonMatches = query["include_non_matches"] is [{ } includeText] && (bool.TryParse(includeText, out var include)
            ? include
            : throw new QueryFieldException("include_non_matches", $"'{includeText}' is not true or false."));
        return new BatchSettings(Sources(query["sources"], index), threshold, limit, includeNonMatches, maxRows);
    }

    private static HashSet<string>? Sources(IEnumerable<string?> values, ScreeningIndex index)
    {
        var wanted = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return null;
        var loaded = index.Lists.Select(l => l.Version.SourceId).ToHashSet(StringComparer.Ordinal);
        if (wanted.FirstOrDefault(s => !loaded.Contains(s)) is { } unknown)
            throw new QueryFieldException("sources", $"'{unknown}' is not among the loaded sources ({string.Join(", ", loaded.Order(StringComparer.Ordinal))}).");
        return wanted;
    }
}
