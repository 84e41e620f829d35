using System.Net;
using Interdict.Sources.Loading;
using Interdict.Sources.Updating;

namespace Interdict.Sources.Tests.Updating;

public sealed class ListUpdaterTests : IDisposable
{
    private readonly UpdateBench _bench = new();

    public void Dispose() => _bench.Dispose();

    [Fact]
    public async Task A_first_update_stores_the_checked_files_and_logs_hash_date_and_count()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnNew);
        _bench.Server.ServeFile("ofac-cons/CONSOLIDATED.XML", UpdateBench.OfacConsOld);

        var records = await _bench.Update("un", "ofac-cons");

        Assert.Equal([UpdateOutcome.Updated, UpdateOutcome.Updated], records.Select(r => r.Outcome));
        var unFile = Path.Combine(_bench.DataDirectory, "current", "un", "consolidated.xml");
        Assert.Equal(File.ReadAllBytes(UpdateBench.UnNew), File.ReadAllBytes(unFile));
        Assert.True(File.Exists(Path.Combine(_bench.DataDirectory, "current", "ofac-cons", "CONSOLIDATED.XML")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_bench.DataDirectory, "incoming"), "*", SearchOption.AllDirectories));

        // Log: catalogue order, one line per fetch.
        var log = _bench.Log();
        Assert.Equal(2, log.Count);
        var un = log[1];
        Assert.Equal("un", un.GetProperty("source").GetString());
        Assert.Equal(_bench.Server.Url("un/consolidated.xml").AbsoluteUri, un.GetProperty("url").GetString());
        Assert.Equal("updated", un.GetProperty("outcome").GetString());
        Assert.Equal(200, un.GetProperty("http_status").GetInt32());
        Assert.Equal(new FileInfo(UpdateBench.UnNew).Length, un.GetProperty("bytes").GetInt64());
        Assert.Equal(UpdateBench.Sha256(UpdateBench.UnNew), un.GetProperty("sha256").GetString());
        Assert.Equal("2026-02-27", un.GetProperty("published").GetString());
        Assert.Equal(1003, un.GetProperty("entities").GetInt32());
        Assert.Equal("UN consolidated XML", un.GetProperty("format").GetString());
        Assert.Equal("current/un/consolidated.xml", un.GetProperty("current").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", un.GetProperty("fetched_at").GetString()!);
        var ofac = log[0];
        Assert.Equal("ofac-cons", ofac.GetProperty("list_source").GetString());
        Assert.Equal("2025-12-18", ofac.GetProperty("published").GetString());
        Assert.Equal(442, ofac.GetProperty("entities").GetInt32());
        Assert.Equal(UpdateBench.Sha256(UpdateBench.OfacConsOld), ofac.GetProperty("sha256").GetString());

        // What was stored is what screening loads: both lists, nothing skipped.
        var loaded = ListLoader.Load([_bench.Layout.CurrentDirectory]);
        Assert.Empty(loaded.Notices);
        Assert.Equal(["ofac-cons", "un"], loaded.Lists.Select(l => l.Version.SourceId).Order());
    }

    [Fact]
    public async Task The_same_file_again_is_unchanged_and_nothing_is_rewritten()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnNew);
        await _bench.Update("un");
        var current = Path.Combine(_bench.DataDirectory, "current", "un", "consolidated.xml");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(current, written);

        var again = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Unchanged, again.Outcome);
        Assert.Equal(written, File.GetLastWriteTimeUtc(current));
        Assert.Empty(_bench.History("un"));
        var log = _bench.Log();
        Assert.Equal(["updated", "unchanged"], log.Select(l => l.GetProperty("outcome").GetString()));
        Assert.Equal(log[0].GetProperty("sha256").GetString(), log[1].GetProperty("sha256").GetString());
        Assert.Equal(1003, log[1].GetProperty("entities").GetInt32());
    }

    [Fact]
    public async Task A_new_version_replaces_the_current_one_which_is_kept_in_the_history()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        _bench.Server.ServeFile("uk-ofsi/ConList.xlsx", UpdateBench.OfsiOld);
        var first = await _bench.Update("un", "uk-ofsi");
        Assert.Equal([1000, 3993], first.Select(r => r.Entities));

        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnNew);
        _bench.Server.ServeFile("uk-ofsi/ConList.xlsx", UpdateBench.OfsiNew);
        var second = await _bench.Update("un", "uk-ofsi");

        Assert.All(second, r => Assert.Equal(UpdateOutcome.Updated, r.Outcome));
        Assert.Equal([new DateOnly(2026, 2, 27), new DateOnly(2025, 4, 14)], second.Select(r => r.Published));
        Assert.Equal([1003, 4688], second.Select(r => r.Entities));
        Assert.Equal(File.ReadAllBytes(UpdateBench.UnNew),
            File.ReadAllBytes(Path.Combine(_bench.DataDirectory, "current", "un", "consolidated.xml")));
        var kept = Assert.Single(_bench.History("un"));
        Assert.Matches(@"^\d{8}T\d{6}\.\d{3}Z-consolidated\.xml$", Path.GetFileName(kept));
        Assert.Equal(File.ReadAllBytes(UpdateBench.UnOld), File.ReadAllBytes(kept));
        Assert.Equal("history/un/" + Path.GetFileName(kept), second[0].Previous);
        Assert.Equal(UpdateBench.Sha256(UpdateBench.OfsiOld), UpdateBench.Sha256(Assert.Single(_bench.History("uk-ofsi"))));
    }

    [Fact]
    public async Task A_truncated_file_is_refused_and_the_previous_version_stays()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        var bytes = File.ReadAllBytes(UpdateBench.UnNew);
        _bench.Server.Serve("un/consolidated.xml", bytes[..(bytes.Length / 2)]);

        var refused = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.StartsWith("the file does not load: line ", refused.Reason);
        Assert.Equal(200, refused.HttpStatus);
        Assert.Equal(bytes.Length / 2, refused.Bytes);
        Assert.Equal("current/un/consolidated.xml", refused.Current);
        AssertPreviousVersionStays();
        Assert.Equal("failed", _bench.Log()[1].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_page_that_is_no_list_is_refused_with_the_loaders_reason()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        _bench.Server.Serve("un/consolidated.xml", "<html><body>Service temporarily unavailable</body></html>"u8.ToArray());

        var refused = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.Equal("the file does not load: not a list format Interdict reads: XML with root element <html> (not a format read yet)", refused.Reason);
        AssertPreviousVersionStays();
    }

    [Fact]
    public async Task A_transfer_that_breaks_off_is_refused_after_a_bounded_retry()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        _bench.Server.BreakOff("un/consolidated.xml", File.ReadAllBytes(UpdateBench.UnNew));

        var refused = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.Contains("the transfer broke off after", refused.Reason);
        Assert.EndsWith("(2 attempts)", refused.Reason);
        Assert.Equal(3, _bench.Server.Requests("un/consolidated.xml"));
        AssertPreviousVersionStays();
    }

    [Fact]
    public async Task An_http_error_fails_that_source_only_and_keeps_its_previous_version()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        _bench.Server.Fail("un/consolidated.xml", HttpStatusCode.InternalServerError);
        _bench.Server.ServeFile("ofac-cons/CONSOLIDATED.XML", UpdateBench.OfacConsOld);

        var records = await _bench.Update("un", "ofac-cons");

        var un = records.Single(r => r.Source == "un");
        Assert.Equal(UpdateOutcome.Failed, un.Outcome);
        Assert.Equal("HTTP 500 Internal Server Error (2 attempts)", un.Reason);
        Assert.Equal(500, un.HttpStatus);
        // Two attempts in this run (5xx may pass), one in the first run.
        Assert.Equal(3, _bench.Server.Requests("un/consolidated.xml"));
        Assert.Equal(UpdateOutcome.Updated, records.Single(r => r.Source == "ofac-cons").Outcome);
        AssertPreviousVersionStays();
    }

    [Fact]
    public async Task A_missing_file_is_not_retried()
    {
        var refused = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.Equal("HTTP 404 Not Found", refused.Reason);
        Assert.Equal(1, _bench.Server.Requests("un/consolidated.xml"));
        Assert.Null(refused.Current);
        Assert.False(Directory.Exists(_bench.Layout.CurrentDirectory) && Directory.EnumerateFileSystemEntries(_bench.Layout.CurrentDirectory).Any());
    }

    [Fact]
    public async Task An_unreachable_server_fails_and_keeps_the_previous_version()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        string deadServer;
        using (var stopped = new Interdict.Testing.LocalHttpServer()) deadServer = stopped.BaseUrl.AbsoluteUri;

        using var updater = new ListUpdater(_bench.DataDirectory, _bench.Options);
        var records = new List<UpdateRecord>();
        await foreach (var r in updater.UpdateAsync(SourceCatalog.Official.RebasedOnto(deadServer).Select(["un"]))) records.Add(r);

        var refused = Assert.Single(records);
        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.StartsWith($"cannot reach {new Uri(deadServer).Authority}: ", refused.Reason);
        Assert.Null(refused.HttpStatus);
        AssertPreviousVersionStays();
    }

    [Fact]
    public async Task A_server_that_does_not_answer_times_out_and_keeps_the_previous_version()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        _bench.Server.Hang("un/consolidated.xml");
        _bench.Options = _bench.Options with { Timeout = TimeSpan.FromSeconds(1) };

        var refused = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.Equal("no complete answer within 1 s (timeout) (2 attempts)", refused.Reason);
        AssertPreviousVersionStays();
    }

    [Fact]
    public async Task A_new_version_that_cannot_be_stored_fails_and_the_previous_version_stays()
    {
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnOld);
        await _bench.Update("un");
        _bench.Server.ServeFile("un/consolidated.xml", UpdateBench.UnNew);
        // A file where the history directory belongs: the version in force cannot be kept, so it is not replaced.
        File.WriteAllText(Path.Combine(_bench.DataDirectory, "history"), "");

        var refused = Assert.Single(await _bench.Update("un"));

        Assert.Equal(UpdateOutcome.Failed, refused.Outcome);
        Assert.StartsWith($"cannot store the file under {_bench.Layout.Root}: ", refused.Reason);
        Assert.Equal(1003, refused.Entities);
        Assert.Equal(UpdateBench.Sha256(UpdateBench.UnOld), UpdateBench.Sha256(Path.Combine(_bench.DataDirectory, "current", "un", "consolidated.xml")));
    }

    [Fact]
    public async Task A_second_update_of_the_same_directory_is_refused_while_one_runs()
    {
        _bench.Server.Hang("un/consolidated.xml");
        _bench.Options = _bench.Options with { Timeout = TimeSpan.FromSeconds(3), Attempts = 1 };
        var running = _bench.Update("un");
        await Task.Delay(500);

        var error = await Assert.ThrowsAsync<ListUpdateException>(() => _bench.Update("un"));

        Assert.Contains("is another update running?", error.Message);
        Assert.Equal(UpdateOutcome.Failed, Assert.Single(await running).Outcome);
    }

    /// <summary>The version first fetched (UN 2025-12-09) is still in force, and none was moved to the history.</summary>
    private void AssertPreviousVersionStays()
    {
        var current = Path.Combine(_bench.DataDirectory, "current", "un", "consolidated.xml");
        Assert.Equal(UpdateBench.Sha256(UpdateBench.UnOld), UpdateBench.Sha256(current));
        Assert.Empty(_bench.History("un"));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(current)!));
    }
}
