using System.CommandLine;
using Interdict.Server.Security;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict keys create|list</c>: the service's API keys. A key is printed once, when created; only its
/// hash is kept.</summary>
internal static class KeysCommand
{
    public static Command Create(CliConsole console)
    {
        return new Command("keys", "Manage the API keys of the screening service.") { CreateKey(console), ListKeys(console) };
    }

    private static Option<string?> Data() => new("--data")
    {
        Description = $"Data directory holding the keys (default ${DataDirectory.Variable}, else ~/.interdict).",
        HelpName = "DIR",
    };

    private static Command CreateKey(CliConsole console)
    {
        var role = new Option<string>("--role")
        {
            Description = "screen: screen, search and read; review: also decide alerts; admin: also reload lists.",
            Required = true,
        };
        role.AcceptOnlyFromAmong(ApiPolicies.Screen, ApiPolicies.Review, ApiPolicies.Admin);
        var name = new Option<string>("--name")
        {
            Description = "What the key is for, e.g. the system that uses it (default: the role).",
        };
        var data = Data();
        var command = new Command("create", "Create a key and print it once; only its SHA-256 is stored.") { role, name, data };
        command.SetAction(parsed =>
        {
            var chosen = ApiPolicies.Parse(parsed.GetValue(role))!.Value;
            var directory = parsed.GetValue(data) ?? DataDirectory.Root();
            var (record, key) = ApiKeyStore.Create(directory, chosen, parsed.GetValue(name) ?? parsed.GetValue(role)!, DateTimeOffset.UtcNow);
            console.Out.WriteLine(key);
            console.Error.WriteLine($"note: key {record.Id} ({record.Role}) stored as a hash in {ApiKeyStore.PathIn(directory)}; it is not shown again.");
            return CliApp.Done;
        });
        return command;
    }

    private static Command ListKeys(CliConsole console)
    {
        var data = Data();
        var command = new Command("list", "The keys: id, role, name, created (never the keys themselves).") { data };
        command.SetAction(parsed =>
        {
            var store = ApiKeyStore.Open(parsed.GetValue(data) ?? DataDirectory.Root());
            foreach (var key in store.Keys) console.Out.WriteLine($"{key.Id}  {key.Role,-6}  {key.Created:yyyy-MM-dd HH:mm}Z  {key.Name}");
            return CliApp.Done;
        });
        return command;
    }
}
