using Interdict.Testing;

namespace Interdict.Cli.Tests;

public class KeysCommandTests
{
    [Fact]
    public void A_created_key_is_printed_once_and_stored_only_as_its_hash()
    {
        using var scratch = new ScratchDirectory();

        var created = CliRunner.Run("keys", "create", "--role", "review", "--name", "onboarding", "--data", scratch.Path);
        var listed = CliRunner.Run("keys", "list", "--data", scratch.Path);

        Assert.Equal(0, created.ExitCode);
        var key = created.Out.Trim();
        Assert.StartsWith("idk_", key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, File.ReadAllText(Path.Combine(scratch.Path, "api-keys.json")), StringComparison.Ordinal);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("review", listed.Out, StringComparison.Ordinal);
        Assert.Contains("onboarding", listed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_is_a_usage_error()
    {
        using var scratch = new ScratchDirectory();

        var run = CliRunner.Run("keys", "create", "--role", "superuser", "--data", scratch.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("superuser", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(scratch.Path, "api-keys.json")));
    }
}
