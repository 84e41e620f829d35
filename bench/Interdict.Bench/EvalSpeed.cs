namespace Interdict.Bench;

/// <summary>The speed and memory figures of <see cref="Figures"/>, with the targets beside them.</summary>
internal sealed class EvalSpeed(List<FigureRow> rows) : IEvalSection
{
    public IReadOnlyList<Check> Checks => [.. rows.Select(r => r.Check).OfType<Check>()];

    public void Write(TextWriter output)
    {
        output.WriteLine("## Speed and memory");
        output.WriteLine();
        output.WriteLine("The figures of `-- figures` (docs/figures.md explains how each is measured), on OFAC SDN, UN and UK loaded together, " +
            "measured first in this run; memory after load is measured in a fresh process that loaded the lists once. Speed varies by some 10–20 % between runs on a shared machine.");
        output.WriteLine();
        var table = new EvalMarkdown("figure", "value", "target", "");
        foreach (var row in rows) table.AddChecked(row.Check, row.Figure, row.Value);
        table.Write(output);
    }
}
