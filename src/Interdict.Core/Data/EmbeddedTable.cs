using System.Reflection;

namespace Interdict.Core.Data;

/// <summary>Reads the tab-separated knowledge tables shipped inside this assembly. Lines starting with '#' are
/// comments; every other line is a row of tab-separated fields.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Read(string fileName)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        var resource = $"{assembly.GetName().Name}.Data.{fileName}";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded table {resource} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
