using Interdict.Core.Model;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>
/// Puts what OFAC's advanced and enhanced XML state as features and identity documents into an entity the way the
/// classic XML reader does: each becomes the part the classic XML writes ("DOB 1962", "Website www.vtb.com",
/// "Registration ID 1027739609391 (Russia)") and is read by the one <see cref="OfacParticulars"/>, so an OFAC entry
/// gives the same identifiers, dates and remarks from every format. Vessel features fill the vessel details.
/// </summary>
internal static class OfacFeatures
{
    private static readonly Dictionary<string, FeatureTarget> Targets = Load();

    /// <summary>Applies one feature: its type as OFAC names it and its value as text.</summary>
    public static void Apply(EntityBuilder entity, string featureType, string value)
    {
        if (!Targets.TryGetValue(featureType, out var target))
        {
            OfacParticulars.ApplyPart(entity, $"{featureType} {value}");
            return;
        }
        if (target.Label is { } label)
        {
            OfacParticulars.ApplyPart(entity, $"{label} {value}");
            return;
        }
        // A second, different value for a field that holds one stays in the remarks rather than being lost.
        var vessel = entity.Vessel ?? new VesselDetails();
        var updated = target.Vessel switch
        {
            VesselField.Type when CanFill(vessel.Type, value) => vessel with { Type = value },
            VesselField.Flag when CanFill(vessel.Flag, value) => vessel with { Flag = value },
            VesselField.CallSign when CanFill(vessel.CallSign, value) => vessel with { CallSign = value },
            VesselField.Tonnage when CanFill(vessel.Tonnage, value) => vessel with { Tonnage = value },
            VesselField.GrossTonnage when CanFill(vessel.GrossRegisteredTonnage, value) =>
                vessel with { GrossRegisteredTonnage = value },
            VesselField.Owner when CanFill(vessel.Owner, value) => vessel with { Owner = value },
            _ => null,
        };
        if (updated is null)
            EntityBuilder.AddDistinct(entity.Remarks, $"{featureType} {value}");
        else
            entity.Vessel = updated;
    }

    /// <summary>Applies an identity document as the classic XML's &lt;id&gt; item: type, number, "(country)",
    /// "issued …", "expires …".</summary>
    public static void ApplyDocument(EntityBuilder entity, OfacDocument document)
    {
        var part = $"{document.Type} {document.Number}";
        if (document.Country is { } country) part += $" ({country})";
        if (document.Issued is { } issued) part += $" issued {issued}";
        if (document.Expires is { } expires) part += $" expires {expires}";
        OfacParticulars.ApplyPart(entity, part);
    }

    private static bool CanFill(string? current, string value) => current is null || current == value;

    private static Dictionary<string, FeatureTarget> Load()
    {
        var targets = new Dictionary<string, FeatureTarget>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in SourceTable.Read(typeof(OfacFeatures), "ofac-feature-types.tsv", "feature", "target", "note"))
        {
            var target = Parse(row[1]) ?? throw new InvalidDataException($"{row.Where}: unknown target '{row[1]}'.");
            if (!targets.TryAdd(row[0], target))
                throw new InvalidDataException($"{row.Where}: '{row[0]}' is listed twice.");
        }
        return targets;
    }

    private static FeatureTarget? Parse(string target)
    {
        if (target.StartsWith("part:", StringComparison.Ordinal) && target.Length > "part:".Length)
            return new FeatureTarget(target["part:".Length..], default);
        VesselField? field = target switch
        {
            "vessel:type" => VesselField.Type,
            "vessel:flag" => VesselField.Flag,
            "vessel:call-sign" => VesselField.CallSign,
            "vessel:tonnage" => VesselField.Tonnage,
            "vessel:gross-tonnage" => VesselField.GrossTonnage,
            "vessel:owner" => VesselField.Owner,
            _ => null,
        };
        return field is { } f ? new FeatureTarget(null, f) : null;
    }

    private enum VesselField
    {
        Type,
        Flag,
        CallSign,
        Tonnage,
        GrossTonnage,
        Owner,
    }

    /// <summary>A classic part label, or (when the label is null) a vessel field.</summary>
    private sealed record FeatureTarget(string? Label, VesselField Vessel);
}

/// <summary>An identity document as both formats state it; dates in OFAC's wording ("10 Jul 1991").</summary>
internal sealed record OfacDocument(string Type, string Number, string? Country, string? Issued = null, string? Expires = null);
