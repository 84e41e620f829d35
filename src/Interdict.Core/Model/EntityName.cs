namespace Interdict.Core.Model;

/// <summary>How a name relates to the entity, as the list states it.</summary>
public enum NameKind
{
    /// <summary>The name the list files the entity under.</summary>
    Primary,
    /// <summary>Another spelling of the primary name (UK "Primary name variation").</summary>
    PrimaryVariation,
    /// <summary>Also known as.</summary>
    Alias,
    /// <summary>Formerly known as.</summary>
    Former,
    /// <summary>Now known as.</summary>
    NowKnownAs,
}

/// <summary>How much weight the list itself gives a name. OFAC "weak" a.k.a.s, UK "Low quality" and UN "Low"
/// aliases are <see cref="Low"/>: by OFAC's guidance they confirm a hit but are not screened on their own.</summary>
public enum NameQuality
{
    Unspecified,
    Good,
    Low,
}

/// <summary>One name of a listed entity, verbatim as the source writes it.</summary>
/// <param name="Value">The name as published (OFAC's "SURNAME, Given" order is kept).</param>
/// <param name="Script">The writing system, e.g. "Latin", "Cyrillic", "Arabic" — detected from the text when the
/// source does not say.</param>
/// <param name="Language">The language the source gives for a non-Latin name, if any.</param>
public sealed record EntityName(
    string Value,
    NameKind Kind,
    NameQuality Quality = NameQuality.Unspecified,
    string Script = "Latin",
    string? Language = null)
{
    public bool IsWeak => Quality == NameQuality.Low;
}
