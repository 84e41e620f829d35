using System.CommandLine;
using Interdict.Cli.Commands;
using Interdict.Sources;

namespace Interdict.Cli;

/// <summary>The interdict command line: parses, runs one command, and turns failures into an exit code and one
/// line on stderr a person can act on.</summary>
public static class CliApp
{
    public const int Done = 0;
    public const int UsageError = 2;
    public const int BadListData = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("Interdict: screen names against sanctions and export-control lists.")
        {
            ScreenCommand.Create(console),
            CompareCommand.Create(console),
            ListsCommand.Create(console),
            PartiesCommand.Create(console),
            AlertsCommand.Create(console),
            AuditCommand.Create(console),
            ServeCommand.Create(console),
            KeysCommand.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'interdict --help' or 'interdict COMMAND --help' for usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        catch (ListDataException e)
        {
            stderr.WriteLine($"error: bad list data: {e.Message}");
            return BadListData;
        }
    }
}

/// <summary>A mistake in how the command was called or in the input it was given; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Where a command writes: results to stdout, notices and errors to stderr.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Progress is drawn only for a person watching a terminal, never into a redirected stream.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
