using System.CommandLine;

namespace Interdict.Cli.Commands;

/// <summary>The <c>--actor</c> of the commands that change the store: who is recorded in the audit trail as having
/// made the change.</summary>
internal static class AuditActorOption
{
    public static Option<string> Create(string description = "Who makes the change, as the audit trail records it") => new("--actor")
    {
        Description = $"{description} (default: the operating system's user, {Environment.UserName}).",
        DefaultValueFactory = _ => Environment.UserName,
        HelpName = "NAME",
    };
}
