using System.Data.Common;
using System.Reflection;
using Interdict.Store.Sql;

namespace Interdict.Store.Migrations;

/// <summary>
/// Brings a store's schema up to this program's: the numbered scripts <c>NNN_name.sql</c> embedded beside this class
/// (one set for every database, column types as <see cref="SqlDialect"/> tokens) that the store's
/// <c>schema_migrations</c> table does not list yet are applied in order, in one transaction, and listed. A store
/// already up to date is left untouched; one whose schema is newer than this program's is refused, because this
/// program would misread or damage what a newer one wrote.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "Interdict.Store.Migrations.";

    public static IReadOnlyList<Migration> Known { get; } = LoadEmbedded();

    public static int CurrentVersion => Known[^1].Version;

    public static void Migrate(DbConnection connection, SqlDialect dialect, string storeDescription)
    {
        connection.Execute(null, dialect.Expand(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {timestamp} NOT NULL)"));
        if (AppliedVersion(connection, null) == CurrentVersion) return;

        using var transaction = connection.BeginTransaction();
        if (dialect.TakeWriteTurn("schema_migrations") is { } turn) connection.Execute(transaction, turn);
        // Another process may have migrated while this one waited for its turn.
        var applied = AppliedVersion(connection, transaction);
        if (applied > CurrentVersion)
            throw new StoreException(
                $"the store {storeDescription} has schema version {applied}, newer than this interdict understands ({CurrentVersion}): use a newer interdict");
        foreach (var migration in Known.Where(m => m.Version > applied))
        {
            connection.Execute(transaction, dialect.Expand(migration.Sql));
            connection.Execute(transaction, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                ("version", migration.Version), ("name", migration.Name), ("at", DateTimeOffset.UtcNow));
        }
        transaction.Commit();
    }

    private static int AppliedVersion(DbConnection connection, DbTransaction? transaction) =>
        Convert.ToInt32(connection.Scalar(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));

    private static List<Migration> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"schema migrations must be numbered 1, 2, 3 … without gaps; found {migrations[i].Name}");
        }
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var name = resource[ResourcePrefix.Length..^".sql".Length];
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)]), name, reader.ReadToEnd());
    }
}

/// <summary>One schema migration script: <paramref name="Name"/> is its file name without ".sql".</summary>
internal sealed record Migration(int Version, string Name, string Sql);
