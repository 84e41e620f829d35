using System.Text;
using System.Text.Json.Nodes;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Ftm;

/// <summary>The shared FtM samples, and derived files written into a scratch directory.</summary>
internal static class FtmTestFiles
{
    public static readonly string EuFsf = SharedData.Lists("ftm", "eu_fsf_sample.ftm.json");
    public static readonly string Mixed = SharedData.Lists("ftm", "mixed_sample.ftm.json");
    public static readonly string Delta = SharedData.Lists("ftm", "sample.delta.json");

    /// <summary>The lines of a sample, without the line break at the end of each.</summary>
    public static string[] Lines(string path) => File.ReadAllLines(path, Encoding.UTF8);

    /// <summary>The line of the entity with that id, parsed for editing.</summary>
    public static JsonObject Entity(string path, string id) =>
        Lines(path).Select(line => JsonNode.Parse(line)!.AsObject()).Single(e => (string?)e["id"] == id);

    public static string Write(ScratchDirectory scratch, string name, IEnumerable<string> lines)
    {
        var path = scratch.File(name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>A copy of a sample with line <paramref name="number"/> (1-based) replaced.</summary>
    public static string WriteWithLine(ScratchDirectory scratch, string sample, int number, string line)
    {
        var lines = Lines(sample);
        lines[number - 1] = line;
        return Write(scratch, Path.GetFileName(sample), lines);
    }

    /// <summary>A delta line: <c>{"op": op, "entity": entity}</c>.</summary>
    public static string Op(string op, JsonNode entity) =>
        new JsonObject { ["op"] = op, ["entity"] = entity.DeepClone() }.ToJsonString();
}
