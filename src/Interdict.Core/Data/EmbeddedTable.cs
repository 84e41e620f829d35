using System.Reflection;
using System.Text;

namespace Interdict.Core.Data;

/// <summary>One data row of a knowledge table, with where it came from for error messages.</summary>
public readonly record struct TableRow(string Source, int Line, string[] Fields)
{
    /// <summary>The field, or "" for an empty trailing column that editors trimmed away.</summary>
    public string this[int column] => column < Fields.Length ? Fields[column] : string.Empty;

    public string Where => $"{Source} line {Line}";
}

/// <summary>
/// Reads the tab-separated knowledge tables that ship inside the assemblies (legal forms, country names, list
/// labels): linguistic and list knowledge lives in data an analyst can review, not in code. The first line that is
/// not a '#' comment names the columns and must be the ones the caller expects; a row may leave empty trailing
/// columns out but never has more. A malformed table is refused whole, naming the line.
/// </summary>
public static class EmbeddedTable
{
    public static IReadOnlyList<TableRow> Read(Assembly assembly, string resourceName, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"The table {resourceName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, resourceName, columns);
    }

    /// <summary>A table of Interdict.Core, by its file name under Data/.</summary>
    internal static IReadOnlyList<TableRow> Read(string fileName, params string[] columns) =>
        Read(typeof(EmbeddedTable).Assembly, $"Interdict.Core.Data.{fileName}", columns);

    public static IReadOnlyList<TableRow> Parse(TextReader reader, string source, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<TableRow>();
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.SequenceEqual(columns))
                    throw new InvalidDataException($"{source} line {lineNumber}: the header must be '{string.Join("\\t", columns)}'.");
                headerSeen = true;
                continue;
            }
            if (fields.Length > columns.Length)
                throw new InvalidDataException($"{source} line {lineNumber}: {fields.Length} columns where the header names {columns.Length}.");
            rows.Add(new TableRow(source, lineNumber, fields));
        }
        if (!headerSeen) throw new InvalidDataException($"{source}: no header line.");
        return rows;
    }
}
