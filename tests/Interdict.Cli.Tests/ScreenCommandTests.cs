using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Cli.Tests;

public class ScreenCommandTests
{
    private static readonly string UkList = SharedData.Lists("uk", "OFSI_ConList_2025-04-14.xlsx");

    [Fact]
    public void Finds_the_alabuga_company_first_as_a_match()
    {
        var run = CliRunner.Run("screen", "Alabuga Special Economic Zone", "--lists", UkList, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var first = run.Json.GetProperty("matches")[0];
        Assert.Equal("uk:16407", first.GetProperty("entity_id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
        Assert.Contains("alabuga", first.GetProperty("explanation").GetString());
    }

    [Fact]
    public void Finds_the_alabuga_company_from_its_cyrillic_name()
    {
        var run = CliRunner.Run("screen", "Алабуга", "--schema", "Organization", "--lists", UkList, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var first = run.Json.GetProperty("matches")[0];
        Assert.Equal("uk:16407", first.GetProperty("entity_id").GetString());
        Assert.True(first.GetProperty("match").GetBoolean());
    }

    [Fact]
    public void Shows_a_readable_table_by_default()
    {
        var run = CliRunner.Run("screen", "Alabuga Special Economic Zone", "--lists", UkList);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("uk:16407", run.Out);
        Assert.Contains("MATCH", run.Out);
        Assert.Contains("threshold 0.70", run.Out);
    }

    [Fact]
    public void Says_so_when_nothing_matches()
    {
        var run = CliRunner.Run("screen", "Ingeborg Abrahamsen", "--schema", "Person", "--lists", UkList);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No match", run.Out);
    }

    [Fact]
    public void Uses_the_bundled_lists_when_none_are_given()
    {
        var run = CliRunner.Run("screen", "QODS AVIATION INDUSTRIES", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        // The same company as OFAC, the UK, Canada and Australia list it, each by its exact name or an alias.
        var exact = run.Json.GetProperty("matches").EnumerateArray()
            .Where(m => m.GetProperty("score").GetDouble() == 1)
            .Select(m => m.GetProperty("entity_id").GetString()).ToList();
        Assert.Equal(["au:7747", "ca:iran/1-part-1/168", "ofac-sdn:16418", "uk:16138"], exact);
    }

    [Fact]
    public void A_birth_date_conflict_lowers_the_score()
    {
        var list = SharedData.Lists("ofac-sdn", "2023-12-28");
        double Score(params string[] extra) => CliRunner.Run(["screen", "Ayman AL-ZAWAHIRI", "--schema", "Person", "--lists", list, "--format", "json", "--all", .. extra])
            .Json.GetProperty("matches")[0].GetProperty("score").GetDouble();
        Assert.True(Score("--birth-date", "1951-06-19") > Score("--birth-date", "1975"));
    }

    [Fact]
    public void An_identifier_finds_the_listed_company_whatever_the_name()
    {
        var run = CliRunner.Run("screen", "Some Customer Ltd", "--id", "1646019914", "--lists", SharedData.Lists("ofac-sdn", "history", "sdn_2024-05-01.csv"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var first = run.Json.GetProperty("matches")[0];
        Assert.Equal("ofac-sdn:45708", first.GetProperty("entity_id").GetString());
        Assert.Contains("identifier agrees", first.GetProperty("explanation").GetString());
    }

    [Theory]
    [InlineData("screen")]
    [InlineData("screen", "X", "--input", "a.csv")]
    [InlineData("screen", "X", "--threshold", "1.5")]
    [InlineData("screen", "X", "--schema", "Planet")]
    [InlineData("screen", "X", "--birth-date", "1962-13-40")]
    [InlineData("screen", "X", "--country", "Atlantis")]
    [InlineData("screen", "X", "--format", "csv")]
    [InlineData("screen", "X", "--gender", "unknown-value")]
    [InlineData("screen", "--input", "a.csv", "--schema", "Person")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_with_one_line_naming_the_problem(params string[] args)
    {
        var run = CliRunner.Run([.. args, "--lists", UkList]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Unknown_source_is_a_usage_error()
    {
        var run = CliRunner.Run("screen", "X", "--source", "eu", "--lists", UkList);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("eu", run.Error);
    }
}
