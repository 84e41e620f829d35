namespace Interdict.Testing;

/// <summary>
/// Finds the repository and the shared data beside it (../shared: real lists, gold sets, articles). Tests read
/// the real files from there; INTERDICT_SHARED overrides the location.
/// </summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = LocateRepoRoot();
    public static string Root { get; } = LocateShared();

    public static string Lists(params string[] parts) => Path.Combine([Root, "lists", .. parts]);
    public static string Eval(string name) => Path.Combine(Root, "eval", name);
    public static string Articles(string name) => Path.Combine(Root, "articles", name);

    private static string LocateRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Interdict.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Interdict.slnx above {AppContext.BaseDirectory}.");
    }

    private static string LocateShared()
    {
        var configured = Environment.GetEnvironmentVariable("INTERDICT_SHARED");
        var path = string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")) : configured;
        if (!Directory.Exists(Path.Combine(path, "lists")))
            throw new InvalidOperationException(
                $"The shared data is not at {path}: clone the repository beside 'shared' or set INTERDICT_SHARED.");
        return path;
    }
}
