using Interdict.Testing;

namespace Interdict.Cli.Tests;

/// <summary>A firm's own lists from docs/examples: the block list screened like any list, the allow-list
/// clearing the party it describes.</summary>
public class OwnListScreeningTests
{
    private static readonly string BlockList = Path.Combine(SharedData.RepoRoot, "docs", "examples", "own-block-list.csv");
    private static readonly string AllowList = Path.Combine(SharedData.RepoRoot, "docs", "examples", "own-allow-list.jsonl");

    [Fact]
    public void The_cleared_namesake_sees_the_block_list_hit_flagged_with_its_allow_entry()
    {
        var run = CliRunner.Run("screen", "Ivan Sidorov", "--birth-date", "1984-02-29", "--lists", BlockList, AllowList, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var match = Assert.Single(run.Json.GetProperty("matches").EnumerateArray());
        Assert.Equal("own-acme-blocked:B-0001", match.GetProperty("entity_id").GetString());
        Assert.True(match.GetProperty("match").GetBoolean());
        Assert.Equal("own-acme-cleared:A-17", match.GetProperty("cleared_by").GetProperty("entity_id").GetString());
    }

    [Fact]
    public void The_blocked_person_is_not_cleared_by_a_namesake_born_on_another_day()
    {
        var run = CliRunner.Run("screen", "Ivan Sidorov", "--birth-date", "1961-11", "--lists", BlockList, AllowList);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("MATCH", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CLEARED", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Cleared:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_says_which_entry_clears_a_hit_and_why_it_was_cleared()
    {
        var run = CliRunner.Run("screen", "Ivan Sidorov", "--birth-date", "1984-02-29", "--lists", BlockList, AllowList);

        Assert.Contains("CLEARED", run.Out, StringComparison.Ordinal);
        Assert.Contains("own-acme-cleared:A-17", run.Out, StringComparison.Ordinal);
        Assert.Contains("namesake of a blocked person", run.Out, StringComparison.Ordinal);
    }
}
