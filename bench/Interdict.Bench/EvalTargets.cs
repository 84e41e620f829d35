namespace Interdict.Bench;

/// <summary>A bound that a measured figure must meet, written as the issue states it.</summary>
internal sealed record Target(string Text, Func<double, bool> IsMetBy)
{
    public static Target AtLeast(double bound, string text) => new(text, value => value >= bound);

    public static Target AtMost(double bound, string text) => new(text, value => value <= bound);
}

/// <summary>A measured figure held against its target. A figure that could not be measured (NaN: no query to
/// measure it on) fails, so a missing figure never passes unnoticed.</summary>
internal sealed record Check(string Figure, double Measured, string Shown, Target Target)
{
    public bool Passed => !double.IsNaN(Measured) && Target.IsMetBy(Measured);

    public string Mark => Passed ? "pass" : "**FAIL**";
}
