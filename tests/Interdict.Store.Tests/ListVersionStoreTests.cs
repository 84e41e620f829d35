using System.Data.Common;
using Interdict.Core.Model;
using Interdict.Sources;
using Interdict.Testing;

namespace Interdict.Store.Tests;

/// <summary>The list version store on the real OFAC SDN daily history; run once per database (see the subclasses
/// at the end of the file), each test on a fresh store.</summary>
public abstract class ListVersionStoreTests<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private readonly TStore _database = new();
    private readonly IInterdictStore _store;

    protected ListVersionStoreTests() => _store = InterdictStore.Open(_database.Location);

    private IListVersionStore Versions => _store.ListVersions;

    [Fact]
    public void Importing_the_daily_history_records_the_differences_found_in_the_files_rows()
    {
        var imports = OfacHistory.Lists.Select(Versions.Import).ToList();

        Assert.All(imports, i => Assert.True(i.IsNew));
        var first = imports[0].Version;
        Assert.Equal(("ofac-sdn", 14668, 14668, 0, 0, (long?)null),
            (first.SourceId, first.EntityCount, first.Added, first.Removed, first.Changed, first.PreviousId));
        for (var i = 1; i < imports.Count; i++)
        {
            var (added, removed, changed) = OfacHistory.RowDifference(OfacHistory.Files[i - 1], OfacHistory.Files[i]);
            var version = imports[i].Version;
            Assert.Equal((added, removed, changed), (version.Added, version.Removed, version.Changed));
            Assert.Equal(imports[i - 1].Version.Id, version.PreviousId);
            Assert.Equal(OfacHistory.Lists[i].Entities.Count, version.EntityCount);
            Assert.Equal(OfacHistory.Lists[i].Version.Hash, version.Hash);
        }
        // The same figures OFAC's own history index gives (../shared/eval/ofac-sdn-history-index.csv).
        Assert.Equal([(14668, 0, 0, 0), (14966, 298, 0, 0), (14973, 7, 0, 0), (14965, 0, 8, 0)],
            Versions.History("ofac-sdn").Select(v => (v.EntityCount, v.PreviousId is null ? 0 : v.Added, v.Removed, v.Changed)));
    }

    [Fact]
    public void A_diff_lists_the_entities_added_and_removed_between_any_two_versions()
    {
        var ids = OfacHistory.Lists.Select(Versions.Import).Select(i => i.Version.Id).ToList();

        var diff = Versions.Diff(ids[0], ids[3]);

        var before = OfacHistory.RowsByEntNum(OfacHistory.Files[0]).Keys.Select(k => "ofac-sdn:" + k).ToHashSet();
        var after = OfacHistory.RowsByEntNum(OfacHistory.Files[3]).Keys.Select(k => "ofac-sdn:" + k).ToHashSet();
        Assert.Equal(after.Except(before).Order(StringComparer.Ordinal), diff.Changes.Where(c => c.Kind == EntityChangeKind.Added).Select(c => c.EntityId));
        Assert.Equal(before.Except(after).Order(StringComparer.Ordinal), diff.Changes.Where(c => c.Kind == EntityChangeKind.Removed).Select(c => c.EntityId));
        var designated = Assert.Single(diff.Changes, c => c.EntityId == "ofac-sdn:48877");
        Assert.Equal((EntityChangeKind.Added, "Organization", "JOINT STOCK COMPANY MUROM SPECIAL DESIGN BUREAU"),
            (designated.Kind, designated.Schema, designated.Caption));
    }

    [Fact]
    public void A_changed_entity_is_reported_with_the_fields_that_changed()
    {
        var published = Versions.Import(OfacHistory.Lists[3]).Version;
        using var scratch = new ScratchDirectory();
        var edited = scratch.File("sdn.csv");
        // One real row edited the way OFAC amends an entry: a second program and a new remark.
        File.WriteAllText(edited, File.ReadAllText(OfacHistory.Files[3], System.Text.Encoding.Latin1)
            .Replace("306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",", "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA] [IRAN\",", StringComparison.Ordinal), System.Text.Encoding.Latin1);

        var amended = Versions.Import(OfacHistory.Load(edited)).Version;

        Assert.Equal((0, 0, 1, published.Id), (amended.Added, amended.Removed, amended.Changed, amended.PreviousId));
        var change = Assert.Single(Versions.Diff(published.Id, amended.Id).Changes);
        Assert.Equal(("ofac-sdn:306", EntityChangeKind.Changed, "BANCO NACIONAL DE CUBA"), (change.EntityId, change.Kind, change.Caption));
        Assert.Equal(["programs"], change.ChangedFields);
        Assert.Contains("\"IRAN\"", Versions.EntityJson(amended.Id, "ofac-sdn:306"));
        Assert.DoesNotContain("\"IRAN\"", Versions.EntityJson(published.Id, "ofac-sdn:306"));
    }

    [Fact]
    public void Importing_the_same_files_again_records_nothing_new()
    {
        var first = Versions.Import(OfacHistory.Lists[0]);
        var rows = Snapshot();

        var again = Versions.Import(OfacHistory.Load(OfacHistory.Files[0]));

        Assert.False(again.IsNew);
        Assert.Equal(first.Version, again.Version with { Files = first.Version.Files });
        Assert.Equal(first.Version.Files, again.Version.Files);
        Assert.Equal(rows, Snapshot());
    }

    [Fact]
    public void A_truncated_file_is_refused_and_the_store_is_left_as_it_was()
    {
        Versions.Import(OfacHistory.Lists[0]);
        var rows = Snapshot();
        using var scratch = new ScratchDirectory();
        var truncated = scratch.File("sdn.csv");
        var bytes = File.ReadAllBytes(OfacHistory.Files[1]);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        Assert.Throws<ListDataException>(() => Versions.Import(OfacHistory.Load(truncated)));

        Assert.Equal(rows, Snapshot());
    }

    [Fact]
    public void An_import_that_fails_halfway_is_rolled_back_whole()
    {
        Versions.Import(OfacHistory.Lists[0]);
        var rows = Snapshot();
        var next = OfacHistory.Lists[1];
        // Two entities under one id break the store's key after the version and most entities are written.
        var broken = next with { Entities = [.. next.Entities, next.Entities[^1]] };

        Assert.ThrowsAny<DbException>(() => Versions.Import(broken));

        Assert.Equal(rows, Snapshot());
    }

    [Fact]
    public void Migrations_are_applied_once_and_reopening_changes_nothing()
    {
        var applied = Migrations();
        Assert.Equal(Enumerable.Range(1, InterdictStore.SchemaVersion), applied.Select(m => m.Version).ToList());

        using (InterdictStore.Open(_database.Location)) { }

        Assert.Equal(applied, Migrations());
    }

    [Fact]
    public void A_store_with_a_newer_schema_is_refused()
    {
        using (var raw = _database.OpenRaw())
        using (var insert = raw.CreateCommand())
        {
            insert.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_from_the_future', CURRENT_TIMESTAMP)";
            insert.ExecuteNonQuery();
        }

        var refusal = Assert.Throws<StoreException>(() => InterdictStore.Open(_database.Location));

        Assert.Contains($"schema version 999, newer than this interdict understands ({InterdictStore.SchemaVersion})", refusal.Message);
    }

    [Fact]
    public void A_diff_of_versions_of_two_sources_is_refused()
    {
        var sdn = Versions.Import(OfacHistory.Lists[0]).Version;
        var un = Versions.Import(Assert.Single(Sources.Loading.ListLoader.Load([SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]).Lists)).Version;

        var refusal = Assert.Throws<StoreException>(() => Versions.Diff(sdn.Id, un.Id));

        Assert.Contains("compare versions of one source", refusal.Message);
        Assert.Equal([sdn.Id, un.Id], Versions.History().Select(v => v.Id));
        Assert.Equal([un.Id], Versions.History("un").Select(v => v.Id));
    }

    private List<(int Version, string Name)> Migrations()
    {
        using var raw = _database.OpenRaw();
        using var query = raw.CreateCommand();
        query.CommandText = "SELECT version, name, applied_at FROM schema_migrations ORDER BY version";
        using var reader = query.ExecuteReader();
        var rows = new List<(int, string)>();
        while (reader.Read()) rows.Add((Convert.ToInt32(reader.GetValue(0)), $"{reader.GetString(1)} {reader.GetValue(2)}"));
        return rows;
    }

    /// <summary>Every row of every table, as text, in key order: what "the store is unchanged" means.</summary>
    private List<string> Snapshot()
    {
        string[] tables =
        [
            "SELECT * FROM schema_migrations ORDER BY version",
            "SELECT * FROM list_versions ORDER BY id",
            "SELECT * FROM list_version_files ORDER BY version_id, position",
            "SELECT * FROM entity_contents ORDER BY fingerprint",
            "SELECT * FROM list_version_entities ORDER BY version_id, entity_id",
        ];
        using var raw = _database.OpenRaw();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var query = raw.CreateCommand();
            query.CommandText = table;
            using var reader = query.ExecuteReader();
            while (reader.Read())
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteListVersionStoreTests : ListVersionStoreTests<SqliteStoreUnderTest>;

public sealed class PostgresListVersionStoreTests : ListVersionStoreTests<PostgresStoreUnderTest>;
