using System.IO.Compression;

namespace Interdict.Sources.Loading;

/// <summary>How a list file's content is wrapped. Publishers ship lists compressed (the US screening list as gzip,
/// OFAC's enhanced XML as a zip of one file); readers see the content either way.</summary>
public enum Packaging
{
    Plain,
    Gzip,
    /// <summary>A zip archive holding exactly one file, the list.</summary>
    Zip,
    /// <summary>An xlsx workbook (itself a zip archive, read as a workbook).</summary>
    Workbook,
}

/// <summary>Opens a list file's content whatever its <see cref="Packaging"/>.</summary>
public static class ListContent
{
    /// <summary>The decompressed content of a plain, gzip or single-file zip list. The caller disposes it; reading
    /// a damaged or truncated archive throws <see cref="InvalidDataException"/>, which readers turn into a
    /// <see cref="ListDataException"/>.</summary>
    /// <exception cref="ListDataException">The file is missing, or a zip that does not hold exactly one file.</exception>
    public static Stream Open(string path)
    {
        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (IOException e)
        {
            throw new ListDataException(path, null, $"cannot be read: {e.Message}", e);
        }
        try
        {
            var magic = new byte[4];
            var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            file.Position = 0;
            if (read >= 2 && magic[0] == 0x1f && magic[1] == 0x8b) return CheckedGzipStream.Open(path, file);
            if (read == 4 && magic.AsSpan().SequenceEqual("PK\u0003\u0004"u8)) return OpenSingleEntry(path, file);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The one file in a zip archive, or an error naming what the archive holds instead.</summary>
    internal static ZipArchiveEntry SingleEntry(string path, ZipArchive zip)
    {
        var files = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        return files.Count == 1
            ? files[0]
            : throw new ListDataException(path, null,
                $"a zip archive of {files.Count} files ({string.Join(", ", files.Take(5).Select(f => f.FullName))}): a list archive holds exactly one file");
    }

    private static EntryStream OpenSingleEntry(string path, Stream file)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new ListDataException(path, null, $"the zip archive is damaged or truncated ({e.Message})", e);
        }
        try
        {
            return new EntryStream(zip, SingleEntry(path, zip).Open());
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>An entry's stream that closes its archive with it.</summary>
    private sealed class EntryStream(ZipArchive zip, Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                zip.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
