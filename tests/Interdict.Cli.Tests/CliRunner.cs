using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Cli.Tests;

/// <summary>Runs the interdict command in-process, from the repository root as the README does.</summary>
internal static class CliRunner
{
    private static readonly Lock CurrentDirectory = new();

    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public JsonElement Json => JsonDocument.Parse(Out).RootElement;
        public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Outcome Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code;
        // The default list paths are relative to the working directory; tests share one process.
        lock (CurrentDirectory)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(SharedData.RepoRoot);
            try
            {
                code = CliApp.Run(args, stdout, stderr);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }
}
