using Spectre.Console;

namespace Interdict.Cli.Batch;

/// <summary>A progress bar on stderr, measured by how far through the input file reading has got — shown only
/// when stderr is a terminal, so redirected output stays clean.</summary>
internal static class BatchProgress
{
    public static T Run<T>(CliConsole console, BatchInput input, Func<Action<long>?, T> work)
    {
        if (!console.ErrorIsTerminal) return work(null);
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("screening", maxValue: Math.Max(1, input.Length));
                var result = work(rows =>
                {
                    task.Value = input.Position;
                    task.Description = $"screened {rows:N0} rows";
                });
                task.Value = task.MaxValue;
                return result;
            });
    }
}
