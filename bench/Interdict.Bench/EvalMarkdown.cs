using System.Globalization;

namespace Interdict.Bench;

/// <summary>A Markdown table built row by row, and the number formats every table of the report shares.</summary>
internal sealed class EvalMarkdown(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
            throw new ArgumentException($"A row of {cells.Length} cells in a table of {headers.Length} columns.", nameof(cells));
        rows.Add(cells);
    }

    /// <summary>Adds a row that ends with the target and the pass mark of <paramref name="check"/>, or two empty
    /// cells for a figure that is reported but not targeted.</summary>
    public void AddChecked(Check? check, params string[] cells) =>
        Add([.. cells, check?.Target.Text ?? "", check?.Mark ?? ""]);

    public void Write(TextWriter output)
    {
        output.WriteLine(Line(headers));
        output.WriteLine(Line(headers.Select(_ => "---")));
        foreach (var row in rows) output.WriteLine(Line(row));
        output.WriteLine();
    }

    // Names from the gold sets are table cells: a pipe in one would split the cell.
    private static string Line(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";

    // Shares are rounded toward failing their targets (recall and rank-1 have lower bounds, alert shares upper ones),
    // so a figure never shows as meeting a bound it misses: a recall of 0.9898 reads 0.989, not 0.990. The small
    // tolerance keeps an exact share at its value: 7/25 times 10,000 lands a hair over 2,800 and would read 28.01 %.

    /// <summary>A share in [0, 1], rounded down to three decimals; "—" when there was nothing to share out.</summary>
    public static string Ratio(double value) =>
        double.IsNaN(value) ? "—" : (Math.Floor((value * 1000) + 1e-9) / 1000).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, rounded up to two decimals. A share of nothing stays 0.00 rather than the
    /// -0.00 the tolerance would make of it.</summary>
    public static string Percent(double value) =>
        double.IsNaN(value) ? "—" : (Math.Max(0, Math.Ceiling((value * 10000) - 1e-9)) / 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
