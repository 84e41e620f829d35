using System.Data.Common;
using System.Text.Json;
using Interdict.Store.Alerts;
using Interdict.Store.Audit;
using Interdict.Store.Parties;

namespace Interdict.Store.Tests;

/// <summary>The audit trail on each database: what the store's changes record, and how verification finds a chain an
/// attacker changed with raw SQL.</summary>
public abstract class AuditTrailTests<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly TStore _database = new();
    private readonly AuditTestClock _clock = new(Start);
    private readonly IInterdictStore _store;

    protected AuditTrailTests() => _store = InterdictStore.Open(_database.Location, _clock);

    private List<AuditRecord> All() => [.. _store.Audit.Records(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)];

    private static JsonElement Payload(AuditRecord record) => JsonDocument.Parse(record.Payload).RootElement;

    [Fact]
    public void Imports_party_changes_alerts_and_decisions_are_recorded_with_their_actor_and_facts()
    {
        var lists = OfacHistory.Lists;
        var imported = _store.ListVersions.Import(lists[0], "list-bot").Version;
        // No party yet: screening raises nothing, and records nothing.
        Assert.Empty(Assert.Single(_store.Monitor.ScreenNewListVersions("list-bot")).AlertsRaised);
        _clock.NextDay();
        var delisted = OfacHistory.RowsByEntNum(OfacHistory.Files[2])[PartyBook.DelistedEntNum].Split('\u001f')[1];
        var parties = _store.Monitor.ImportParties(
            [new Party("C-1", "EMPEROR AVIATION LTD"), new Party("C-3", "Ingeborg Abrahamsen"), new Party("D-1", delisted)], "onboarding");
        _clock.NextDay();
        var emperor = _store.Alerts.List(new AlertFilter(PartyId: "C-1")).Alerts[0];
        _store.Alerts.Decide(emperor.Id, AlertDecisionKind.FalsePositive, "ana", "another company of that name");
        _clock.NextDay();
        _store.Monitor.ImportParties([new Party("C-3", "Ingeborg Abrahamsen", Country: "France")], "onboarding");
        _clock.NextDay();
        var latest = _store.ListVersions.Import(lists[3], "list-bot").Version;
        var screening = Assert.Single(_store.Monitor.ScreenNewListVersions("list-bot"));

        var records = All();
        Assert.Equal(Enumerable.Range(1, records.Count).Select(i => (long)i), records.Select(r => r.Sequence));
        var first = records[0];
        Assert.Equal((AuditKinds.ListImported, "list-bot", Start), (first.Kind, first.Actor, first.Time));
        Assert.Equal(("ofac-sdn", imported.Id, imported.Hash, 14_668), (Payload(first).GetProperty("source").GetString(),
            Payload(first).GetProperty("version").GetInt64(), Payload(first).GetProperty("hash").GetString(), Payload(first).GetProperty("entities").GetInt32()));
        Assert.Equal(AuditChain.Genesis, first.PreviousHash);

        var added = records.Where(r => r.Kind == AuditKinds.PartyAdded).ToList();
        Assert.Equal(["C-1", "C-3", "D-1"], added.Select(r => Payload(r).GetProperty("party").GetString()).Order());
        Assert.All(added, r => Assert.Equal(("onboarding", Start.AddDays(1)), (r.Actor, r.Time)));
        var raised = records.Where(r => r.Kind == AuditKinds.AlertRaised && r.Time == Start.AddDays(1)).ToList();
        Assert.Equal(parties.AlertsRaised.Order(), raised.Select(r => Payload(r).GetProperty("alert").GetInt64()).Order());
        Assert.All(raised, r => Assert.Equal("onboarding", r.Actor));

        var decided = Assert.Single(records, r => r.Kind == AuditKinds.AlertDecided);
        Assert.Equal(("ana", emperor.Id, "false_positive", "another company of that name"), (decided.Actor,
            Payload(decided).GetProperty("alert").GetInt64(), Payload(decided).GetProperty("decision").GetString(), Payload(decided).GetProperty("comment").GetString()));
        var updated = Assert.Single(records, r => r.Kind == AuditKinds.PartyUpdated);
        Assert.Equal(("onboarding", "C-3", _store.Parties.Find("C-3")!.VersionId), (updated.Actor, Payload(updated).GetProperty("party").GetString(),
            Payload(updated).GetProperty("version").GetInt64()));

        var second = Assert.Single(records, r => r.Kind == AuditKinds.ListImported && r.Sequence > 1);
        Assert.Equal((latest.Id, latest.Removed), (Payload(second).GetProperty("version").GetInt64(), Payload(second).GetProperty("removed").GetInt32()));
        var delistedAlert = Assert.Single(_store.Alerts.List(new AlertFilter(AlertStatus.Delisted)).Alerts);
        var delistedRecord = Assert.Single(records, r => r.Kind == AuditKinds.AlertDelisted);
        Assert.Equal(("list-bot", delistedAlert.Id, delistedAlert.Resolution), (delistedRecord.Actor, Payload(delistedRecord).GetProperty("alert").GetInt64(),
            Payload(delistedRecord).GetProperty("resolution").GetString()));
        Assert.Equal(screening.AlertsClosed, records.Count(r => r.Kind is AuditKinds.AlertDelisted or AuditKinds.AlertClosed && r.Time == _clock.Now));

        Assert.Equal(new AuditVerification(records.Count, null), _store.Audit.Verify());
    }

    [Fact]
    public void A_failed_change_records_nothing()
    {
        _store.Monitor.ImportParties([new Party("P-1", "ALPHA")], "onboarding");
        Assert.Throws<StoreException>(() => _store.Alerts.Decide(42, AlertDecisionKind.Escalate, "ana", "no such alert"));
        Assert.Throws<StoreException>(() => _store.Monitor.ImportParties([new Party("P-2", "B"), new Party("P-2", "C")], "onboarding"));
        Assert.Equal([AuditKinds.PartyAdded], All().Select(r => r.Kind));
    }

    /// <summary>Six party imports a day apart: records 1 … 6, P-1 … P-6, on 2026-01-01 … 01-06.</summary>
    private void SixRecords()
    {
        for (var i = 1; i <= 6; i++)
        {
            _store.Monitor.ImportParties([new Party($"P-{i}", $"PARTY NUMBER {i}")], "onboarding");
            _clock.NextDay();
        }
        Assert.Equal(new AuditVerification(6, null), _store.Audit.Verify());
    }

    private void Tamper(params string[] statements)
    {
        using var connection = _database.OpenRaw();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Assert.Equal(1, command.ExecuteNonQuery());
        }
    }

    private void AssertBroken(long sequence, AuditBreak kind, long holding)
    {
        var result = _store.Audit.Verify();
        Assert.NotNull(result.Broken);
        Assert.Equal((sequence, kind, holding), (result.Broken.Sequence, result.Broken.Break, result.Records));
    }

    [Fact]
    public void An_edited_payload_breaks_the_chain_at_that_record()
    {
        SixRecords();
        Tamper("UPDATE audit_log SET payload = REPLACE(payload, 'P-3', 'P-9') WHERE seq = 3");
        AssertBroken(3, AuditBreak.Edited, 2);
    }

    [Fact]
    public void An_edited_record_whose_hash_is_recomputed_breaks_the_link_to_the_next()
    {
        SixRecords();
        var third = All()[2];
        var forged = third with { Actor = "mallory" };
        Tamper($"UPDATE audit_log SET actor = 'mallory', hash = '{AuditChain.Hash(forged)}' WHERE seq = 3");
        AssertBroken(4, AuditBreak.Edited, 3);
    }

    [Fact]
    public void A_deleted_middle_record_is_a_gap_in_the_sequence()
    {
        SixRecords();
        Tamper("DELETE FROM audit_log WHERE seq = 3");
        var result = _store.Audit.Verify();
        Assert.Equal((3L, AuditBreak.Deleted), (result.Broken!.Sequence, result.Broken.Break));
        Assert.Contains("record 3 is missing", result.Broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_sequence_numbers_are_out_of_order()
    {
        SixRecords();
        Tamper("UPDATE audit_log SET seq = 100 WHERE seq = 2", "UPDATE audit_log SET seq = 2 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = 100");
        AssertBroken(2, AuditBreak.Reordered, 1);
    }

    [Fact]
    public void Adjacent_records_swapped_whole_are_out_of_order_even_at_one_time()
    {
        SixRecords();
        // Records 4 and 5 trade places and times: each still gives its own hash, but 5 no longer follows 3.
        Tamper("UPDATE audit_log SET seq = 100 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = 5", "UPDATE audit_log SET seq = 5 WHERE seq = 100");
        SwapTimes(4, 5);
        var result = _store.Audit.Verify();
        Assert.Equal((4L, AuditBreak.Reordered), (result.Broken!.Sequence, result.Broken.Break));
        Assert.Contains("written after record 5, not after record 3", result.Broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_timestamps_are_out_of_order()
    {
        SixRecords();
        SwapTimes(2, 4);
        AssertBroken(2, AuditBreak.Reordered, 1);
    }

    private void SwapTimes(long a, long b)
    {
        using var connection = _database.OpenRaw();
        object Time(long seq)
        {
            using var read = connection.CreateCommand();
            read.CommandText = $"SELECT recorded_at FROM audit_log WHERE seq = {seq}";
            return read.ExecuteScalar()!;
        }
        var (timeA, timeB) = (Time(a), Time(b));
        foreach (var (seq, time) in new[] { (a, timeB), (b, timeA) })
        {
            using var write = connection.CreateCommand();
            write.CommandText = "UPDATE audit_log SET recorded_at = @time WHERE seq = @seq";
            Add(write, "time", time);
            Add(write, "seq", seq);
            Assert.Equal(1, write.ExecuteNonQuery());
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [Fact]
    public void An_exported_period_is_its_records_as_json_lines_whose_hashes_chain()
    {
        SixRecords();
        var all = All();
        var output = new StringWriter();
        var count = _store.Audit.Export(Start.AddDays(1).Date, Start.AddDays(4).Date, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(AuditJsonLine.Parse).ToList();
        Assert.Equal(3, count);
        Assert.Equal([2, 3, 4], lines.Select(r => r.Sequence));
        Assert.Equal(all.GetRange(1, 3), lines);
        Assert.All(lines, r => Assert.Equal(r.Hash, AuditChain.Hash(r)));
        Assert.Equal(all[0].Hash, lines[0].PreviousHash);
        for (var i = 1; i < lines.Count; i++) Assert.Equal(lines[i - 1].Hash, lines[i].PreviousHash);
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAuditTrailTests : AuditTrailTests<SqliteStoreUnderTest>;

public sealed class PostgresAuditTrailTests : AuditTrailTests<PostgresStoreUnderTest>;
