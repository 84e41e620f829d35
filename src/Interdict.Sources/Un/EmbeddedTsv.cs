using System.Text;

// Shared by the UN and UK readers; lives in the base namespace so it can move beside ListDataException unchanged.
namespace Interdict.Sources;

/// <summary>
/// Reads the label tables that ship inside this assembly as TSV files: the first line names the columns, lines
/// starting with '#' are comments, fields are tab separated. Keeping the labels in data lets an analyst review them
/// without reading code.
/// </summary>
internal static class EmbeddedTsv
{
    /// <summary>The data lines of <paramref name="fileName"/>, embedded beside <paramref name="anchor"/>'s namespace;
    /// each has at least <paramref name="minColumns"/> fields.</summary>
    public static IReadOnlyList<string[]> Read(Type anchor, string fileName, int minColumns)
    {
        var name = $"{anchor.Namespace}.{fileName}";
        using var stream = anchor.Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded table {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        reader.ReadLine();
        var rows = new List<string[]>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < minColumns)
                throw new InvalidOperationException($"{name} line {lineNumber}: {fields.Length} fields, {minColumns} expected.");
            rows.Add(fields);
        }
        return rows;
    }
}
