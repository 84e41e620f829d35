using System.Security.Cryptography;
using System.Text;
using Interdict.Core.Model;

namespace Interdict.Sources;

/// <summary>Describes the files a list version was read from, with their hashes.</summary>
public static class ListVersionFactory
{
    public static SourceFile Describe(string path, string role)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceFile(Path.GetFullPath(path), role, stream.Length, hash);
    }

    /// <summary>Builds a version whose hash covers every file's role and hash, in the order given.</summary>
    public static ListVersion Create(string sourceId, string format, DateOnly? published, IReadOnlyList<SourceFile> files)
    {
        var text = new StringBuilder();
        foreach (var file in files) text.Append(file.Role).Append(':').Append(file.Sha256).Append('\n');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new ListVersion(sourceId, format, published, files, hash);
    }
}
