using Interdict.Server.Security;

namespace Interdict.Server;

/// <summary>How a screening service is set up: where its lists and keys are, who may call it, how it reloads and
/// what it accepts.</summary>
public sealed record ServerSettings
{
    /// <summary>List files and directories, read with the same recognition as the CLI.</summary>
    public required IReadOnlyList<string> ListPaths { get; init; }

    /// <summary>Where the API key file lives (<see cref="ApiKeyStore.FileName"/>).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Calls without a key are let in with <see cref="AnonymousRole"/>: for local use only, and only when
    /// asked for.</summary>
    public bool AllowAnonymous { get; init; }

    public ApiRole AnonymousRole { get; init; } = ApiRole.Screen;

    /// <summary>Reload the lists when their files change.</summary>
    public bool WatchLists { get; init; } = true;

    /// <summary>How long the files must be quiet before a change reloads: a copy in progress must not be read.</summary>
    public TimeSpan WatchQuietPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Reload on a schedule as well; null for never.</summary>
    public TimeSpan? ReloadInterval { get; init; }

    /// <summary>Named scopes beyond "default" and the source ids: collection name → source ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Collections { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public ServerLimits Limits { get; init; } = new();
}

/// <summary>What one request may ask for.</summary>
public sealed record ServerLimits
{
    /// <summary>Largest request body of the JSON endpoints; the streaming batch is limited by rows instead.</summary>
    public long MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>Most queries in one <c>/match</c> request.</summary>
    public int MaxQueriesPerRequest { get; init; } = 100;

    /// <summary>Most rows in one streaming batch.</summary>
    public int MaxBatchRows { get; init; } = 1_000_000;

    /// <summary>Requests per second one key (or, anonymously, one client address) may make on average.</summary>
    public int RequestsPerSecondPerKey { get; init; } = 20_000;
}
