namespace Interdict.Core.Model;

/// <summary>
/// A date as lists state it: exact ("14 May 1962"), to the year ("1962"), a range ("1960 to 1962", UN "BETWEEN"),
/// or approximate ("circa 1962", UN "APPROXIMATELY"). An entity may carry several alternatives.
/// </summary>
/// <param name="From">The date, or the start of the range.</param>
/// <param name="To">The end of the range; null for a single date.</param>
/// <param name="Approximate">The list says "circa" / "approximately".</param>
public sealed record FuzzyDate(PartialDate From, PartialDate? To = null, bool Approximate = false)
{
    public DateOnly Earliest => From.Earliest;
    public DateOnly Latest => (To ?? From).Latest;

    /// <summary>True when the two dates can be the same day, allowing <paramref name="slackYears"/> either side of an
    /// approximate date.</summary>
    public bool Overlaps(FuzzyDate other, int slackYears = 1)
    {
        var slack = Approximate || other.Approximate ? slackYears : 0;
        return Earliest.AddYears(-slack) <= other.Latest && other.Earliest.AddYears(-slack) <= Latest;
    }

    public override string ToString()
    {
        var text = To is { } to ? $"{From} to {to}" : From.ToString();
        return Approximate ? "circa " + text : text;
    }
}
