namespace Interdict.Store;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database holds the store: <c>sqlite:PATH</c> (a file, created when missing) or
/// <c>postgres:CONNECTION-STRING</c> (an Npgsql connection string; its <c>Search Path</c> picks the schema).</summary>
public sealed record StoreLocation(StoreProvider Provider, string Target)
{
    public const string EnvironmentVariable = "INTERDICT_STORE";
    public const string DefaultFileName = "interdict.db";

    /// <summary>The location given, else <c>$INTERDICT_STORE</c>, else the SQLite file
    /// <see cref="DefaultFileName"/> in <paramref name="dataDirectory"/>.</summary>
    public static StoreLocation Resolve(string? given, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(given)) return Parse(given);
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? new StoreLocation(StoreProvider.Sqlite, Path.Combine(dataDirectory, DefaultFileName))
            : Parse(configured);
    }

    public static StoreLocation Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? "" : text[..colon].Trim().ToLowerInvariant();
        var target = colon < 0 ? "" : text[(colon + 1)..].Trim();
        StoreProvider? provider = scheme switch
        {
            "sqlite" => StoreProvider.Sqlite,
            "postgres" or "postgresql" => StoreProvider.Postgres,
            _ => null,
        };
        if (provider is null || target.Length == 0)
            throw new StoreException($"not a store location: '{text}'; give sqlite:PATH or postgres:CONNECTION-STRING");
        return new StoreLocation(provider.Value, target);
    }

    public override string ToString() => Provider == StoreProvider.Sqlite ? $"sqlite:{Target}" : "postgres:" + WithoutPassword(Target);

    private static string WithoutPassword(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(part => !part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)));
}
