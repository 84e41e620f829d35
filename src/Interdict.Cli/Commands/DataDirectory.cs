namespace Interdict.Cli.Commands;

/// <summary>Where Interdict keeps its own data (downloaded lists, API keys): $INTERDICT_DATA, else ~/.interdict.</summary>
internal static class DataDirectory
{
    public const string Variable = "INTERDICT_DATA";

    public static string Root()
    {
        var data = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(data)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".interdict")
            : data;
    }
}
