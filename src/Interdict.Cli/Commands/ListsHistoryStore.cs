using System.CommandLine;
using System.Data.Common;
using Interdict.Store;

namespace Interdict.Cli.Commands;

/// <summary>The store that <c>lists import</c>, <c>lists history</c> and <c>lists diff</c> record list versions in:
/// --store, else $INTERDICT_STORE, else the SQLite file interdict.db in the data directory.</summary>
internal static class ListsHistoryStore
{
    public static Option<string?> Option() => new("--store")
    {
        Description = $"Where list versions are recorded: sqlite:PATH or postgres:CONNECTION-STRING (Npgsql, e.g. "
            + "'postgres:Host=db;Username=interdict;Password=…;Database=interdict'). "
            + $"Default: ${StoreLocation.EnvironmentVariable}, else sqlite:${DataDirectory.Variable}/{StoreLocation.DefaultFileName} "
            + $"(~/.interdict/{StoreLocation.DefaultFileName} without ${DataDirectory.Variable}).",
        HelpName = "STORE",
    };

    /// <summary>Opens the store, runs <paramref name="work"/> on it and closes it; a store that cannot be opened or
    /// used is a usage error naming the store.</summary>
    public static int Use(string? given, Func<IInterdictStore, int> work)
    {
        try
        {
            using var store = InterdictStore.Open(StoreLocation.Resolve(given, DataDirectory.Root()));
            return work(store);
        }
        catch (StoreException e)
        {
            throw new UsageException(e.Message);
        }
        catch (DbException e)
        {
            throw new UsageException($"the store failed: {e.Message}");
        }
    }
}
