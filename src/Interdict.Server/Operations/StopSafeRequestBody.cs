using Microsoft.AspNetCore.Http.Features;

namespace Interdict.Server.Operations;

/// <summary>
/// Lets a request whose body is still arriving when the service stops finish. Stopping, Kestrel cancels the
/// pending read of every HTTP/1.1 connection; a body read through Kestrel's own pipe returns that cancellation to
/// its reader whenever the reader examined more than it consumed — as System.Text.Json does in the middle of a
/// token — and the request fails (dotnet/aspnetcore#19476). Read through Kestrel's request stream, which consumes
/// what it returns, the read simply resumes. The price is one copy of the body, small beside screening it.
/// </summary>
internal sealed class StopSafeRequestBody(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
            context.Request.Body = new ReadThroughStream(context.Request.Body);
        return next(context);
    }

    /// <summary>The request stream under another reference, so the server builds the body's pipe reader over the
    /// stream instead of handing out its own pipe.</summary>
    private sealed class ReadThroughStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
