using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Cli.Tests;

public class ListsCommandTests
{
    [Fact]
    public void Shows_every_sdn_entry_with_its_aliases()
    {
        var run = CliRunner.Run("lists", "show", "--lists", SharedData.Lists("ofac-sdn", "2023-12-28"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var list = Assert.Single(run.Json.EnumerateArray().ToList());
        Assert.Equal("ofac-sdn", list.GetProperty("source").GetString());
        Assert.Equal(13821, list.GetProperty("entities").GetInt32());
        var schemas = list.GetProperty("schemas");
        Assert.Equal(6646, schemas.GetProperty("Person").GetInt32());
        Assert.Equal(764, schemas.GetProperty("Vessel").GetInt32());
        Assert.Equal(378, schemas.GetProperty("Aircraft").GetInt32());
        // alt.csv holds 17,091 aliases; weak a.k.a.s from the remarks come on top.
        Assert.True(list.GetProperty("aliases").GetInt32() > 17091);
        Assert.True(list.GetProperty("weak_names").GetInt32() > 0);
        var files = list.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("role").GetString()).ToList();
        Assert.Equal(["main", "addresses", "aliases"], files);
        Assert.Matches("^[0-9a-f]{64}$", list.GetProperty("hash").GetString()!);
    }

    [Fact]
    public void Shows_publication_date_and_counts_as_text()
    {
        var run = CliRunner.Run("lists", "show", "--lists", SharedData.Lists("un", "un_consolidated_2026-02-27.xml"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("un  UN consolidated XML  published 2026-02-27", run.Out);
        Assert.Contains("entities 1,003", run.Out);
        Assert.Contains("sha256 ", run.Out);
    }

    public static TheoryData<string> EveryList()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(SharedData.Lists("ofac-sdn")).Where(d => !d.EndsWith("history", StringComparison.Ordinal)))
            data.Add(dir);
        foreach (var file in Directory.GetFiles(SharedData.Lists("ofac-sdn", "history"), "sdn_*.csv")) data.Add(file);
        data.Add(SharedData.Lists("ofac-cons", "2025-12-18"));
        foreach (var file in Directory.GetFiles(SharedData.Lists("ofac-cons", "xml"), "*.xml")) data.Add(file);
        foreach (var file in Directory.GetFiles(SharedData.Lists("un"), "*.xml")) data.Add(file);
        foreach (var file in Directory.GetFiles(SharedData.Lists("uk"), "*.xlsx")) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryList))]
    public void Every_list_of_the_supported_formats_loads(string path)
    {
        var run = CliRunner.Run("lists", "show", "--lists", path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        var list = Assert.Single(run.Json.EnumerateArray().ToList());
        Assert.True(list.GetProperty("entities").GetInt32() > 300);
    }

    public static TheoryData<string, string, string?, int> EverySource() => new()
    {
        { SharedData.Lists("ofac-advanced", "cons_advanced_2020-03-17.xml"), "ofac-cons", "2020-03-17", 375 },
        { SharedData.Lists("ofac-enhanced", "CONS_ENHANCED_2025-01-10.zip"), "ofac-cons", "2025-01-10", 443 },
        { SharedData.Lists("uk", "FCDO_UK_Sanctions_List_excerpt_2026-08-14.xml"), "uk", "2026-08-14", 4 },
        { SharedData.Lists("eu", "eu_fsf_xml_v1_1_excerpt_2026-08-05.xml"), "eu", "2026-08-05", 4 },
        { SharedData.Lists("us-csl", "csl_2022-05.csv.gz"), "us-csl", null, 14159 },
        { SharedData.Lists("us-csl", "csl_excerpt_2025-06.csv"), "us-csl", null, 13 },
        { SharedData.Lists("us-csl", "bis_denied_persons_2023-11.txt"), "us-bis-dpl", null, 547 },
        { SharedData.Lists("ca", "sema_consolidated_autonomous_sanctions.xml"), "ca", null, 4759 },
        { SharedData.Lists("au", "dfat_consolidated_2024-11.xlsx"), "au", null, 3062 },
        { SharedData.Lists("ftm", "mixed_sample.ftm.json"), "ftm", "2026-04-29", 14 },
        { Path.Combine(SharedData.RepoRoot, "docs", "examples", "own-block-list.csv"), "own-acme-blocked", "2026-11-02", 5 },
    };

    [Theory]
    [MemberData(nameof(EverySource))]
    public void Every_source_shows_its_id_publication_date_and_entities(string path, string source, string? published, int entities)
    {
        var run = CliRunner.Run("lists", "show", "--lists", path, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        var list = Assert.Single(run.Json.EnumerateArray().ToList());
        Assert.Equal(source, list.GetProperty("source").GetString());
        Assert.Equal(published, list.GetProperty("published").GetString());
        Assert.Equal(entities, list.GetProperty("entities").GetInt32());
    }

    [Fact]
    public void The_screening_list_beside_ofac_says_which_entries_it_left_out()
    {
        var run = CliRunner.Run("lists", "show", "--lists", SharedData.Lists("ofac-sdn", "2023-12-28"), SharedData.Lists("us-csl", "csl_2022-05.csv.gz"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("  note: skipped 10,026 entries re-published from ofac-sdn, which is loaded itself", run.Out, StringComparison.Ordinal);
        Assert.Contains("entities 4,133", run.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string> BadInput() =>
        new(Directory.GetFileSystemEntries(SharedData.Lists("bad-input")));

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Everything_under_bad_input_is_refused_with_exit_3_and_one_line(string path)
    {
        var run = CliRunner.Run("lists", "show", "--lists", path);
        Assert.Equal(3, run.ExitCode);
        Assert.Empty(run.Out);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Path.GetFileName(path), line);
    }

    [Fact]
    public void A_truncated_list_is_refused_with_exit_3()
    {
        using var scratch = new ScratchDirectory();
        var source = SharedData.Lists("un", "un_consolidated_2026-02-27.xml");
        var truncated = scratch.File("un-truncated.xml");
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        var run = CliRunner.Run("screen", "X", "--lists", truncated);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains(Path.GetFileName(truncated), run.Error);
    }

    [Fact]
    public void A_missing_path_is_refused_with_exit_3()
    {
        var run = CliRunner.Run("lists", "show", "--lists", "/no/such/list.csv");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("/no/such/list.csv: no such file or directory", run.Error);
    }

    [Fact]
    public void A_directory_with_several_versions_loads_the_newest_and_says_so()
    {
        var run = CliRunner.Run("lists", "show", "--lists", SharedData.Lists("un"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2026-02-27", Assert.Single(run.Json.EnumerateArray().ToList()).GetProperty("published").GetString());
        Assert.Contains("loaded the newest of 4 versions", run.Error);
    }

    [Fact]
    public void A_directory_of_undated_versions_is_refused_rather_than_guessed()
    {
        var run = CliRunner.Run("lists", "show", "--lists", SharedData.Lists("ofac-sdn", "history"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("name the version to load", run.Error);
    }
}
