using Interdict.Testing;

namespace Interdict.Cli.Tests;

/// <summary><c>lists import</c>, <c>lists history</c> and <c>lists diff</c> on the real OFAC SDN daily history, with a
/// store in a scratch SQLite file.</summary>
public sealed class ListsHistoryCommandTests : IDisposable
{
    private static readonly string[] Daily =
        [.. new[] { "2024-04-26", "2024-05-01", "2024-05-02" }.Select(date => SharedData.Lists("ofac-sdn", "history", $"sdn_{date}.csv"))];

    private readonly ScratchDirectory _scratch = new();

    private string Store => "sqlite:" + _scratch.File("interdict.db");

    [Fact]
    public void Imports_daily_files_in_order_then_shows_their_history_and_differences()
    {
        var import = CliRunner.Run(["lists", "import", .. Daily, "--store", Store]);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(
            [
                "ofac-sdn  version 1 recorded: 14,668 entities, +14,668 -0 ~0 first version (sdn_2024-04-26.csv)",
                "ofac-sdn  version 2 recorded: 14,966 entities, +298 -0 ~0 since version 1 (sdn_2024-05-01.csv)",
                "ofac-sdn  version 3 recorded: 14,973 entities, +7 -0 ~0 since version 2 (sdn_2024-05-02.csv)",
            ],
            import.Lines);

        var again = CliRunner.Run("lists", "import", Daily[1], "--store", Store);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("ofac-sdn  unchanged: the same files (sdn_2024-05-01.csv) are version 2", Assert.Single(again.Lines));

        var history = CliRunner.Run("lists", "history", "ofac-sdn", "--store", Store);
        Assert.Equal(0, history.ExitCode);
        Assert.Equal(4, history.Lines.Length);
        Assert.Matches(@"^\s+2  ofac-sdn\s+-\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+14,966  \+298 -0 ~0$", history.Lines[2]);

        var diff = CliRunner.Run("lists", "diff", "ofac-sdn", "1", "3", "--store", Store, "--format", "json");
        Assert.Equal(0, diff.ExitCode);
        Assert.Equal((305, 0, 0), (diff.Json.GetProperty("added").GetInt32(), diff.Json.GetProperty("removed").GetInt32(), diff.Json.GetProperty("changed").GetInt32()));
        var changes = diff.Json.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(305, changes.Count);
        Assert.Contains(changes, c => c.GetProperty("id").GetString() == "ofac-sdn:48877" && c.GetProperty("change").GetString() == "added"
            && c.GetProperty("caption").GetString() == "JOINT STOCK COMPANY MUROM SPECIAL DESIGN BUREAU");

        var table = CliRunner.Run("lists", "diff", "ofac-sdn", "2", "3", "--store", Store);
        Assert.Equal(0, table.ExitCode);
        Assert.Equal("ofac-sdn: version 2 (14,966 entities) to version 3 (14,973 entities): +7 -0 ~0", table.Lines[0]);
        Assert.Equal(8, table.Lines.Length);
        Assert.All(table.Lines[1..], line => Assert.StartsWith("+ ofac-sdn:", line));
    }

    [Fact]
    public void A_bad_file_among_the_paths_records_nothing()
    {
        var truncated = _scratch.File("sdn.csv");
        var bytes = File.ReadAllBytes(Daily[1]);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 3)]);

        var import = CliRunner.Run("lists", "import", Daily[0], truncated, "--store", Store);

        Assert.Equal(3, import.ExitCode);
        Assert.StartsWith("error: bad list data: " + truncated, import.Error);
        var history = CliRunner.Run("lists", "history", "--store", Store);
        Assert.Equal(0, history.ExitCode);
        Assert.StartsWith("no list versions recorded in sqlite:", history.Out);
    }

    [Fact]
    public void A_diff_of_versions_of_another_source_or_unknown_versions_is_a_usage_error()
    {
        Assert.Equal(0, CliRunner.Run("lists", "import", Daily[0], "--store", Store).ExitCode);

        var otherSource = CliRunner.Run("lists", "diff", "un", "1", "1", "--store", Store);
        Assert.Equal(2, otherSource.ExitCode);
        Assert.Equal("error: version 1 is a version of ofac-sdn, not of un", otherSource.Error.Trim());

        var unknown = CliRunner.Run("lists", "diff", "ofac-sdn", "1", "9", "--store", Store);
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("error: no list version 9 in sqlite:", unknown.Error);

        var badStore = CliRunner.Run("lists", "history", "--store", "mysql:whatever");
        Assert.Equal(2, badStore.ExitCode);
        Assert.Contains("give sqlite:PATH or postgres:CONNECTION-STRING", badStore.Error);
    }

    public void Dispose() => _scratch.Dispose();
}
