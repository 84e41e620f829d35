using Interdict.Core.Model;

namespace Interdict.Sources.Ofac;

/// <summary>Where the value of a labelled OFAC remark part goes in the entity model.</summary>
internal enum OfacTarget
{
    Identifier,
    BirthDate,
    BirthPlace,
    Nationality,
    Citizenship,
    Gender,
    Position,
    WeakAlias,
    WeakFormerName,
    WeakNowKnownAs,
    Link,
    Incorporated,
    Schema,
    FormerFlag,
    VesselBuildYear,
    AircraftModel,
    AircraftOperator,
    AircraftManufactureDate,
    Remark,
}

/// <summary>One row of ofac-labels.tsv: OFAC's wording of a label and what its value is.</summary>
/// <param name="Text">The label as OFAC writes it, e.g. "Tax ID No.".</param>
/// <param name="Identifier">The identifier type when <paramref name="Target"/> is <see cref="OfacTarget.Identifier"/>.</param>
/// <param name="Schema">The refined schema when <paramref name="Target"/> is <see cref="OfacTarget.Schema"/>.</param>
internal sealed record OfacLabel(
    string Text,
    OfacTarget Target,
    IdentifierType Identifier = IdentifierType.Other,
    Schema Schema = Schema.Organization)
{
    /// <summary>The value is a name in single quotes, which may itself contain apostrophes.</summary>
    public bool IsQuotedName => Target is OfacTarget.WeakAlias or OfacTarget.WeakFormerName or OfacTarget.WeakNowKnownAs;
}

/// <summary>Where a label and its value sit in a remark part.</summary>
/// <param name="Wording">The label as the part writes it, e.g. "Tax ID No." (case as published).</param>
/// <param name="ValueStart">Offset of the value, after OFAC's separator.</param>
internal readonly record struct OfacLabelMatch(OfacLabel Label, Range Wording, int ValueStart);
