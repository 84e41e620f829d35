using System.Buffers.Binary;
using System.IO.Compression;

namespace Interdict.Sources.Loading;

/// <summary>
/// The content of a gzip file, checked at its end against the length its gzip trailer states (ISIZE, the length
/// modulo 2^32). .NET's GZipStream ends quietly where a cut file ends, so without the check a truncated list would
/// read as a shorter one. Lists are published as one gzip member, whose trailer is the file's last four bytes.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private const int TrailerLength = 8, SmallestGzip = 18;

    private readonly GZipStream _inner;
    private readonly uint _statedLength;
    private long _length;

    private CheckedGzipStream(FileStream file, uint statedLength)
    {
        _inner = new GZipStream(file, CompressionMode.Decompress);
        _statedLength = statedLength;
    }

    /// <exception cref="ListDataException">The file is too short to be gzip.</exception>
    public static CheckedGzipStream Open(string path, FileStream file)
    {
        if (file.Length < SmallestGzip) throw new ListDataException(path, null, "the gzip file is truncated: too short to hold its trailer");
        Span<byte> trailer = stackalloc byte[TrailerLength];
        file.Seek(-TrailerLength, SeekOrigin.End);
        file.ReadExactly(trailer);
        file.Position = 0;
        return new CheckedGzipStream(file, BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]));
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        _length += read;
        if (read == 0 && buffer.Length > 0 && (uint)_length != _statedLength)
            throw new InvalidDataException(
                $"the content ends after {_length:N0} bytes, not at the length its gzip trailer states: the file is truncated");
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
