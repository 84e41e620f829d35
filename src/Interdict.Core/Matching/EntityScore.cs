namespace Interdict.Core.Matching;

/// <summary>An entity's best strong and best weak name scores, and the final score once evidence is in.</summary>
internal readonly record struct EntityScore
{
    public int StrongName { get; init; }
    public float Strong { get; init; }
    public int WeakName { get; init; }
    public float Weak { get; init; }
    public bool HasStrong { get; init; }
    public bool HasWeak { get; init; }
    /// <summary>The strong name matched as initials of the query, or the query as its initials.</summary>
    public bool StrongByAcronym { get; init; }

    /// <summary>The name whose score counts.</summary>
    public int UsedName { get; init; }
    public bool UsedByAcronym => UsedName == StrongName && StrongByAcronym;
    public double Final { get; init; }
    /// <summary>The weak-name cap held the score down.</summary>
    public bool Capped { get; init; }

    public EntityScore With(int nameId, float score, bool weak, bool acronym = false) => weak
        ? (!HasWeak || score > Weak ? this with { WeakName = nameId, Weak = score, HasWeak = true } : this)
        : (!HasStrong || score > Strong ? this with { StrongName = nameId, Strong = score, HasStrong = true, StrongByAcronym = acronym } : this);

    /// <summary>Applies the weak-name rule, the evidence adjustment and an identifier match. An entity found
    /// only by its identifier has no name that counts (<see cref="UsedName"/> -1).</summary>
    public EntityScore Finish(EvidenceOutcomes evidence, MatchingOptions options, double threshold)
    {
        var cap = options.WeakNameCap(threshold);
        var strong = HasStrong ? Strong : 0d;
        var weak = HasWeak ? (evidence.Confirmed ? Weak : Math.Min(Weak, cap)) : 0d;
        var useWeak = HasWeak && weak > strong;
        var name = useWeak ? weak : strong;
        var final = name + evidence.Delta;
        if (evidence.Identified) final = Math.Max(final, options.IdentifierMatch + (1 - options.IdentifierMatch) * name);
        return this with
        {
            UsedName = useWeak ? WeakName : HasStrong ? StrongName : -1,
            Capped = useWeak && !evidence.Confirmed && Weak > cap,
            Final = Math.Clamp(final, 0d, 1d),
        };
    }
}
