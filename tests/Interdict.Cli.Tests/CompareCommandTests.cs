using Interdict.Testing;

namespace Interdict.Cli.Tests;

public class CompareCommandTests
{
    [Fact]
    public void Scores_every_cross_script_pair_and_passes_other_columns_through()
    {
        var run = CliRunner.Run("compare", "--input", SharedData.Eval("cross-script-pairs.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("query,expected,min_score,description,score,match", run.Lines[0].TrimEnd());
        Assert.Equal(23, run.Lines.Length);
        Assert.Contains(run.Lines, l => l.StartsWith("Владимир Путин,Vladimir Putin,0.95,Russian name transliteration,1,true", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_documented_schema_name1_name2_columns()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.File("file1");
        File.WriteAllText(input, "schema,name1,name2,case\nPerson,\"HANIYA, Ismail\",Ismail Haniya,swap\nCompany,LLC PROMTEKHNOLOGIYA,ООО ПРОМТЕХНОЛОГИЯ,script\nPerson,Ingeborg Abrahamsen,Vladimir Putin,other\n");
        var run = CliRunner.Run("compare", "--input", input);
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith(",swap,1,true", run.Lines[1].TrimEnd());
        Assert.EndsWith(",script,1,true", run.Lines[2].TrimEnd());
        Assert.EndsWith(",other,0,false", run.Lines[3].TrimEnd());
    }

    [Fact]
    public void A_file_without_name_columns_is_refused()
    {
        using var scratch = new ScratchDirectory();
        var input = scratch.File("file1");
        File.WriteAllText(input, "a,b\nx,y\n");
        var run = CliRunner.Run("compare", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name1 and name2", run.Error);
    }
}
