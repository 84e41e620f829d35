using Interdict.Core.Data;

namespace Interdict.Sources;

/// <summary>The label tables of the readers (document types, tagged fields, OFAC remark labels), embedded beside
/// the reader that uses them and read with the one table format of <see cref="EmbeddedTable"/>.</summary>
internal static class SourceTable
{
    public static IReadOnlyList<TableRow> Read(Type reader, string fileName, params string[] columns) =>
        EmbeddedTable.Read(reader.Assembly, $"{reader.Namespace}.{fileName}", columns);
}
