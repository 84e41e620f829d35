using Interdict.Store.Audit;
using Interdict.Testing;
using Microsoft.Data.Sqlite;

namespace Interdict.Cli.Tests;

/// <summary><c>audit verify</c> and <c>audit export</c> on a scratch SQLite store, edited behind Interdict's back.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    private string Database => _scratch.File("interdict.db");

    private string Store => "sqlite:" + Database;

    private void ImportParties(string csv, params string[] options)
    {
        var path = _scratch.File($"parties-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        var import = CliRunner.Run(["parties", "import", path, "--store", Store, .. options]);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    [Fact]
    public void Verify_reports_an_intact_chain_then_names_the_record_edited_with_raw_sql()
    {
        ImportParties("id,name\nC-1,ALPHA TRADING\nC-2,BETA SHIPPING\n", "--actor", "ana");
        ImportParties("id,name\nC-1,ALPHA TRADING LTD\n");

        var intact = CliRunner.Run("audit", "verify", "--store", Store);
        Assert.Equal((0, "3 records, chain intact"), (intact.ExitCode, intact.Out.Trim()));

        // From yesterday, should the imports have run before midnight (UTC) and the export after.
        string Day(int offset) => DateTime.UtcNow.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var exported = _scratch.File("audit.jsonl");
        var export = CliRunner.Run("audit", "export", "--from", Day(-1), "--to", Day(0), "--output", exported, "--store", Store);
        Assert.Equal((0, $"3 records written to {exported}"), (export.ExitCode, export.Out.Trim()));
        var records = File.ReadAllLines(exported).Select(AuditJsonLine.Parse).ToList();
        Assert.Equal([("ana", AuditKinds.PartyAdded), ("ana", AuditKinds.PartyAdded), (Environment.UserName, AuditKinds.PartyUpdated)],
            records.Select(r => (r.Actor, r.Kind)));
        Assert.All(records, r => Assert.Equal(r.Hash, AuditChain.Hash(r)));

        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var edit = connection.CreateCommand();
            edit.CommandText = "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2";
            Assert.Equal(1, edit.ExecuteNonQuery());
        }
        var broken = CliRunner.Run("audit", "verify", "--store", Store);
        Assert.Equal(3, broken.ExitCode);
        Assert.Equal("chain broken at record 2: hash mismatch: its content does not give its hash (edited); 1 records before it hold", broken.Out.Trim());
    }

    [Fact]
    public void Export_refuses_a_period_that_ends_before_it_starts()
    {
        var export = CliRunner.Run("audit", "export", "--from", "2026-02-01", "--to", "2026-01-31", "--store", Store);
        Assert.Equal((2, "error: --to 2026-01-31 is before --from 2026-02-01"), (export.ExitCode, export.Error.Trim()));
    }

    public void Dispose() => _scratch.Dispose();
}
