using Interdict.Core.Matching;

namespace Interdict.Server.Native;

/// <summary>Where the outcomes of a batch go, one chunk at a time, in input order.</summary>
public interface IBatchSink
{
    ValueTask WriteAsync(ReadOnlyMemory<BatchOutcome> outcomes, CancellationToken cancellation);
}

/// <summary>What a batch did.</summary>
/// <param name="FirstError">The first row that could not be screened, as "row N: why".</param>
/// <param name="Stopped">Why the batch stopped before the end of its input (<see cref="BatchInputException"/>, or
/// more rows than <see cref="BatchSettings.MaxRows"/>); null when it read everything.</param>
public sealed record BatchSummary(long Rows, long Errors, string? FirstError, string? Stopped);

/// <summary>
/// Screens a batch in chunks: each chunk is screened on every core, then handed to the sink in input order. Only one
/// chunk is held at a time, so memory stays flat however long the input. A chunk is screened when it is full or when
/// the input has nothing more for now — a slow upload gets its answers as its rows come — and the next rows are read
/// meanwhile.
/// </summary>
public static class BatchRunner
{
    public const int ChunkSize = 512;

    public static async Task<BatchSummary> RunAsync(
        IAsyncEnumerable<BatchRow> rows, ScreeningIndex index, BatchSettings settings, IBatchSink sink, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sink);
        var run = new Run(index, settings, sink, cancellation);
        // Cancelled when the batch fails, so that a read in flight does not outlive it.
        using var readCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var input = rows.GetAsyncEnumerator(readCancellation.Token);
        string? stopped = null;
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    var next = input.MoveNextAsync();
                    if (next.IsCompleted || run.Pending == 0)
                    {
                        more = await next;
                    }
                    else
                    {
                        // Nothing more for now: screen what has come while the read waits.
                        var reading = next.AsTask();
                        await run.FlushWhileReading(reading, readCancellation);
                        more = await reading;
                    }
                }
                catch (BatchInputException e)
                {
                    stopped = e.Message;
                    break;
                }
                if (!more) break;
                if (settings.MaxRows is { } most && run.Total + run.Pending >= most)
                {
                    stopped = $"more than {most:N0} rows: the batch stops after row {most:N0}";
                    break;
                }
                if (run.Add(input.Current)) await run.FlushAsync();
            }
            await run.FlushAsync();
        }
        finally
        {
            await input.DisposeAsync();
        }
        return new BatchSummary(run.Total, run.Errors, run.FirstError, stopped);
    }

    private sealed class Run(ScreeningIndex index, BatchSettings settings, IBatchSink sink, CancellationToken cancellation)
    {
        private readonly BatchRow[] _chunk = new BatchRow[ChunkSize];
        private readonly BatchOutcome[] _outcomes = new BatchOutcome[ChunkSize];
        private readonly ParallelOptions _parallel = new() { CancellationToken = cancellation };

        public int Pending { get; private set; }
        public long Total { get; private set; }
        public long Errors { get; private set; }
        public string? FirstError { get; private set; }

        /// <summary>Adds a row; true when the chunk is full.</summary>
        public bool Add(BatchRow row)
        {
            _chunk[Pending++] = row;
            return Pending == ChunkSize;
        }

        public async ValueTask FlushAsync()
        {
            if (Pending == 0) return;
            var count = Pending;
            Parallel.For(0, count, _parallel, i => _outcomes[i] = Screen(_chunk[i]));
            for (var i = 0; i < count; i++)
            {
                if (_outcomes[i].Error is { } error && Errors++ == 0) FirstError = $"row {_chunk[i].Row}: {error}";
            }
            await sink.WriteAsync(_outcomes.AsMemory(0, count), cancellation);
            Array.Clear(_chunk, 0, count);
            Array.Clear(_outcomes, 0, count);
            Total += count;
            Pending = 0;
        }

        /// <summary>Flushes while <paramref name="next"/> is reading; if flushing fails, the read is cancelled and
        /// awaited before the failure goes on, since the reader cannot be disposed in the middle of a read.</summary>
        public async ValueTask FlushWhileReading(Task<bool> next, CancellationTokenSource reading)
        {
            try
            {
                await FlushAsync();
            }
            catch
            {
                await reading.CancelAsync();
                try
                {
                    await next;
                }
                catch (Exception e) when (e is OperationCanceledException or BatchInputException or IOException)
                {
                    // The batch has already failed; this read's outcome no longer matters.
                }
                throw;
            }
        }

        private BatchOutcome Screen(BatchRow row)
        {
            if (row.Malformed is { } malformed) return new BatchOutcome(row, [], malformed);
            if (string.IsNullOrWhiteSpace(row.Name)) return new BatchOutcome(row, [], "no name");
            try
            {
                return new BatchOutcome(row, index.Screen(row.ToQuery(settings)), null);
            }
            catch (QueryFieldException e)
            {
                return new BatchOutcome(row, [], e.Message);
            }
        }
    }
}
