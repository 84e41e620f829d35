using System.Net;
using Interdict.Testing;

namespace Interdict.Cli.Tests;

/// <summary><c>lists update</c> against a local server standing in for the publishers.</summary>
public sealed class ListsUpdateCommandTests : IDisposable
{
    private readonly LocalHttpServer _server = new();
    private readonly ScratchDirectory _scratch = new();

    public void Dispose()
    {
        _server.Dispose();
        _scratch.Dispose();
    }

    [Fact]
    public void Updates_what_it_can_from_a_catalogue_file_and_exits_3_naming_what_failed()
    {
        _server.ServeFile("files/un.xml", SharedData.Lists("un", "un_consolidated_2026-02-27.xml"));
        var catalog = _scratch.File("catalog.tsv");
        File.WriteAllText(catalog,
            "source\tfile\turl\tdefault\n"
            + $"un\tconsolidated.xml\t{_server.Url("files/un.xml")}\tyes\n"
            + $"ofac-cons\tCONSOLIDATED.XML\t{_server.Url("files/cons.xml")}\tyes\n");
        var data = _scratch.File("data");

        var run = CliRunner.Run("lists", "update", "--to", data, "--catalog", catalog);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("un  updated  published 2026-02-27  1,003 entities  2,030,620 bytes  sha256 ", run.Lines[0]);
        Assert.Contains($"lists in force: {Path.Combine(data, "current")}", run.Out);
        var errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"error: ofac-cons: HTTP 404 Not Found ({_server.Url("files/cons.xml")}); no version in force", errors[0]);
        Assert.Equal("error: 1 of 2 source(s) not updated", errors[1]);

        var show = CliRunner.Run("lists", "show", "--lists", Path.Combine(data, "current"), "--format", "json");
        Assert.Equal(0, show.ExitCode);
        Assert.Equal("un", Assert.Single(show.Json.EnumerateArray().ToList()).GetProperty("source").GetString());
    }

    [Fact]
    public void A_mirror_and_the_data_directory_come_from_the_environment()
    {
        _server.ServeFile("un/consolidated.xml", SharedData.Lists("un", "un_consolidated_2025-12-09.xml"));
        var data = _scratch.File("interdict-data");
        Environment.SetEnvironmentVariable("INTERDICT_LIST_BASE_URL", _server.BaseUrl.AbsoluteUri);
        Environment.SetEnvironmentVariable("INTERDICT_DATA", data);
        try
        {
            var first = CliRunner.Run("lists", "update", "--sources", "un");
            var second = CliRunner.Run("lists", "update", "--sources", "un");
            _server.Fail("un/consolidated.xml", HttpStatusCode.Forbidden);
            var third = CliRunner.Run("lists", "update", "--sources", "un");

            Assert.Equal(0, first.ExitCode);
            Assert.StartsWith("un  updated  published 2025-12-09  1,000 entities", first.Out);
            Assert.Equal(0, second.ExitCode);
            Assert.StartsWith("un  unchanged  published 2025-12-09", second.Out);
            Assert.Equal(3, third.ExitCode);
            Assert.StartsWith("error: un: HTTP 403 Forbidden (", third.Error);
            Assert.Contains("; kept current/un/consolidated.xml", third.Error);
            Assert.True(File.Exists(Path.Combine(data, "lists", "current", "un", "consolidated.xml")));
            Assert.Equal(3, File.ReadAllLines(Path.Combine(data, "lists", "update-log.jsonl")).Length);
        }
        finally
        {
            Environment.SetEnvironmentVariable("INTERDICT_LIST_BASE_URL", null);
            Environment.SetEnvironmentVariable("INTERDICT_DATA", null);
        }
    }

    [Fact]
    public void An_unknown_source_is_a_usage_error()
    {
        var run = CliRunner.Run("lists", "update", "--to", _scratch.File("data"), "--sources", "un,ofac");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: no source 'ofac' in the catalogue; it has ofac-sdn, ofac-cons,", run.Error);
        Assert.False(Directory.Exists(_scratch.File("data")));
    }

    [Fact]
    public void A_malformed_catalogue_is_a_usage_error_naming_the_line()
    {
        var catalog = _scratch.File("catalog.tsv");
        File.WriteAllText(catalog, "source\tfile\turl\tdefault\nun\tun.xml\tnot-an-address\tyes\n");

        var run = CliRunner.Run("lists", "update", "--to", _scratch.File("data"), "--catalog", catalog);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: catalogue {catalog} line 2: url 'not-an-address' is not an absolute http or https address", run.Error.TrimEnd());
    }
}
