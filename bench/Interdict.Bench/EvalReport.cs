using System.Diagnostics;
using System.Runtime.InteropServices;
using Interdict.Core.Matching;

namespace Interdict.Bench;

/// <summary>One part of the evaluation report: how it is written, and the figures the issue targets in it.</summary>
internal interface IEvalSection
{
    /// <summary>The targeted figures, one per target of the issue; a section's tables may mark more rows.</summary>
    IReadOnlyList<Check> Checks { get; }

    void Write(TextWriter output);
}

/// <summary>Writes the evaluation report: where and when it was measured, which targets were missed, then every
/// section.</summary>
internal static class EvalReport
{
    public const string Command = "dotnet run --project bench/Interdict.Bench -c Release -- eval --write docs/quality.md";

    public static void Write(TextWriter output, IReadOnlyList<IEvalSection> sections)
    {
        output.WriteLine("# Matching quality");
        output.WriteLine();
        output.WriteLine($"Measured on {DateTime.UtcNow:yyyy-MM-dd} at commit {Commit()}, on {Machine()}, with the dev gold sets of " +
            $"`../shared/eval` and the default threshold {MatchingOptions.DefaultThreshold:0.00}. Reproduce with:");
        output.WriteLine();
        output.WriteLine("```sh");
        output.WriteLine(Command);
        output.WriteLine("```");
        output.WriteLine();

        var checks = sections.SelectMany(s => s.Checks).ToList();
        output.WriteLine($"## Targets: {checks.Count(c => c.Passed)} of {checks.Count} met");
        output.WriteLine();
        var summary = new EvalMarkdown("figure", "measured", "target", "");
        foreach (var check in checks) summary.AddChecked(check, check.Figure, check.Shown);
        summary.Write(output);

        foreach (var section in sections) section.Write(output);
    }

    /// <summary>The commit measured, marked when the working tree differs from it, so a figure is never credited to
    /// a commit that did not produce it.</summary>
    private static string Commit()
    {
        var head = Git("rev-parse", "--short", "HEAD");
        if (head.Length == 0) return "unknown (not a git checkout)";
        return Git("status", "--porcelain", "--untracked-files=no").Length > 0 ? $"`{head}` with uncommitted changes" : $"`{head}`";
    }

    private static string Git(params string[] arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "";
        }
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB, " +
        $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
