using System.IO.Pipelines;
using Interdict.Core.Matching;
using Interdict.Server.Native;

namespace Interdict.Cli.Batch;

/// <summary>
/// A batch file — CSV with a header, or JSON lines, told apart by the first character — read and screened by the
/// reader and runner the service's streaming batch uses (<see cref="BatchRowReader"/>, <see cref="BatchRunner"/>).
/// A file that cannot be read on (no name column, broken CSV quoting) is a usage error, after the rows before it.
/// </summary>
internal sealed class BatchInput(string path) : IDisposable
{
    private readonly FileStream stream = OpenInput(path);

    /// <summary>How far through the file reading has got, for progress.</summary>
    public long Position => stream.Position;
    public long Length => stream.Length;

    /// <summary>Screens every row into <paramref name="writer"/>; <paramref name="progress"/> gets the rows screened so
    /// far after each chunk.</summary>
    /// <exception cref="UsageException">The file cannot be read on.</exception>
    public BatchSummary Screen(ScreeningIndex index, BatchSettings settings, IBatchWriter writer, Action<long>? progress) =>
        ScreenAsync(index, settings, writer, progress).GetAwaiter().GetResult();

    private async Task<BatchSummary> ScreenAsync(ScreeningIndex index, BatchSettings settings, IBatchWriter writer, Action<long>? progress)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            var rows = await BatchRowReader.OpenAsync(reader, format: null, CancellationToken.None);
            var summary = await BatchRunner.RunAsync(rows, index, settings, progress is null ? writer : new ProgressSink(writer, progress));
            writer.Complete();
            return summary.Stopped is { } stopped ? throw new UsageException($"{path}: {stopped}") : summary;
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private static FileStream OpenInput(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--input {path}: {e.Message}");
        }
    }

    public void Dispose() => stream.Dispose();

    /// <summary>Reports the rows written so far after each chunk.</summary>
    private sealed class ProgressSink(IBatchSink inner, Action<long> progress) : IBatchSink
    {
        private long _rows;

        public async ValueTask WriteAsync(ReadOnlyMemory<BatchOutcome> outcomes, CancellationToken cancellation)
        {
            await inner.WriteAsync(outcomes, cancellation);
            _rows += outcomes.Length;
            progress(_rows);
        }
    }
}
