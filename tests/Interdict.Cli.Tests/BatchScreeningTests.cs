using System.Text.Json;
using Interdict.Testing;

namespace Interdict.Cli.Tests;

public class BatchScreeningTests
{
    [Fact]
    public void Writes_one_line_per_gold_query_in_input_order()
    {
        var input = SharedData.Eval("crosslist-dev.jsonl");
        var run = CliRunner.Run("screen", "--input", input, "--lists",
            SharedData.Lists("ofac-sdn", "2023-12-28"), SharedData.Lists("un", "un_consolidated_2026-02-27.xml"));
        Assert.Equal(0, run.ExitCode);

        var queries = File.ReadLines(input).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var lines = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2307, lines.Count);
        Assert.Equal(queries.Select(q => q.GetProperty("query").GetString()), lines.Select(l => l.GetProperty("query").GetString()));

        // Most primary names of linked parties are found under the id the gold set expects.
        var primaries = queries.Select((q, i) => (q, l: lines[i])).Where(p => p.q.GetProperty("kind").GetString() == "Primary name").ToList();
        var found = primaries.Count(p => p.l.GetProperty("matches").EnumerateArray()
            .Any(m => m.GetProperty("entity_id").GetString() == p.q.GetProperty("expected").GetString()));
        Assert.True(found >= primaries.Count * 0.9, $"{found} of {primaries.Count} primary names found");
    }

    [Fact]
    public void Reads_csv_with_a_header_and_writes_csv_with_every_row()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.File("file1");
        File.WriteAllText(input, "id,name,schema,birth_date,country,id_number\nc1,QODS AVIATION INDUSTRIES,Organization,,Iran,\nc2,Ingeborg Abrahamsen,Person,1972-11-21,France,\nc3,Qods Research,,,,14005441856\n");
        var output = scratch.File("file2");
        var run = CliRunner.Run("screen", "--input", input, "--output", output, "--format", "csv", "--lists", SharedData.Lists("ofac-sdn", "2023-12-28"));
        Assert.Equal(0, run.ExitCode);
        var rows = File.ReadAllLines(output);
        Assert.StartsWith("id,query,rank,entity_id", rows[0]);
        Assert.StartsWith("c1,QODS AVIATION INDUSTRIES,1,ofac-sdn:16418,", rows[1]);
        Assert.StartsWith("c2,Ingeborg Abrahamsen,,", rows[^2]);
        Assert.StartsWith("c3,Qods Research,1,ofac-sdn:16418,", rows[^1]);
    }

    [Fact]
    public void A_row_without_a_name_is_marked_and_the_run_exits_2()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.File("file1");
        File.WriteAllText(input, "{\"id\": 1, \"name\": \"QODS AVIATION INDUSTRIES\"}\n{\"id\": 2, \"schema\": \"Person\"}\n{\"id\": 3, \"name\": \"EBANO\", \"birth_date\": \"someday\"}\n");
        var run = CliRunner.Run("screen", "--input", input, "--lists", SharedData.Lists("ofac-sdn", "2023-12-28"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(3, run.Lines.Length);
        Assert.Equal("no name", JsonDocument.Parse(run.Lines[1]).RootElement.GetProperty("error").GetString());
        Assert.Contains("someday", JsonDocument.Parse(run.Lines[2]).RootElement.GetProperty("error").GetString());
        Assert.Contains("2 row(s) could not be screened (first: row 2: no name)", run.Error);
    }

    [Fact]
    public void A_csv_without_a_name_column_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.File("file1");
        File.WriteAllText(input, "id,full_name\n1,QODS\n");
        var run = CliRunner.Run("screen", "--input", input, "--lists", SharedData.Lists("ofac-sdn", "2023-12-28"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no 'name'", run.Error);
    }
}
