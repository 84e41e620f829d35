using Interdict.Testing;

namespace Interdict.Sources.Tests.Own;

/// <summary>The example own lists of docs/examples, and edited copies of them for rejection tests.</summary>
internal static class OwnListExamples
{
    public static string BlockCsv { get; } = Path.Combine(SharedData.RepoRoot, "docs", "examples", "own-block-list.csv");
    public static string AllowJsonLines { get; } = Path.Combine(SharedData.RepoRoot, "docs", "examples", "own-allow-list.jsonl");

    /// <summary>Writes the example with the first occurrence of <paramref name="find"/> replaced.</summary>
    public static string WriteEdited(ScratchDirectory scratch, string example, string find, string replace)
    {
        var text = File.ReadAllText(example);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' is not in {example}");
        var path = scratch.File("edited" + Path.GetExtension(example));
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
        return path;
    }

    /// <summary>Asserts the refusal names the file, the place (row or line, and field) and the problem.</summary>
    public static void AssertRefused(Func<object> read, string path, string? location, string problem)
    {
        var error = Assert.Throws<ListDataException>(read);
        Assert.Equal(path, error.FilePath);
        Assert.Equal(location, error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith(location is null ? $"{path}: " : $"{path}: {location}: ", error.Message, StringComparison.Ordinal);
    }
}
