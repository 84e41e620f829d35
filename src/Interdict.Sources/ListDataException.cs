namespace Interdict.Sources;

/// <summary>
/// A list file that cannot be read as a whole: missing, truncated, wrongly encoded, or with a malformed row or
/// element. The message is one line a person can act on: the file, where in it, and what is wrong.
/// </summary>
public sealed class ListDataException : Exception
{
    public ListDataException(string filePath, string? location, string problem, Exception? inner = null)
        : base(Describe(filePath, location, problem), inner)
    {
        FilePath = filePath;
        Location = location;
        Problem = problem;
    }

    public string FilePath { get; }
    /// <summary>Row, line or element where the problem is, e.g. "row 1204" or "line 88, position 17"; null when it
    /// concerns the whole file.</summary>
    public string? Location { get; }
    public string Problem { get; }

    private static string Describe(string file, string? location, string problem) =>
        location is null ? $"{file}: {problem}" : $"{file}: {location}: {problem}";
}
