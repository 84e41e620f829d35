using System.Text.RegularExpressions;
using Interdict.Core.Model;

namespace Interdict.Sources.Uk;

/// <summary>
/// Reads the OFSI "Other Information" cell: free text with tagged parts, "(UK Sanctions List Ref):RUS2080.
/// (UK Statement of Reasons):… (Phone number):…". Each known tag (other-information-tags.tsv) sends its part to a
/// field; text outside any known tag is kept as a remark.
/// </summary>
internal static partial class OtherInformation
{
    public static void Apply(EntityBuilder builder, string? text)
    {
        if (text is null) return;
        var parts = OtherInformationTags.Pattern.Matches(text);
        AddRemark(builder, parts.Count == 0 ? text : text[..parts[0].Index]);
        for (var i = 0; i < parts.Count; i++)
        {
            var start = parts[i].Index + parts[i].Length;
            var end = i + 1 < parts.Count ? parts[i + 1].Index : text.Length;
            if (TextCleaning.Clean(text[start..end]) is { } value)
                Apply(builder, OtherInformationTags.ByTag[parts[i].Groups["tag"].Value], value);
        }
    }

    /// <summary>Sends one tagged value to its field; the FCDO reader uses this for its elements that hold the same.</summary>
    internal static void Apply(EntityBuilder builder, OtherInformationTag tag, string value)
    {
        switch (tag.Target)
        {
            case TagTarget.Reference:
                // The reference is the first word; UN narrative and OFSI's notes on extra measures follow it untagged.
                var reference = ReferenceAndRest().Match(value);
                EntityBuilder.AddDistinct(builder.Identifiers,
                    new Identifier(IdentifierType.ListReference, reference.Groups["ref"].Value, Label: tag.Tag));
                AddRemark(builder, reference.Groups["rest"].Value);
                break;
            case TagTarget.Identifier:
                foreach (var item in Items(value))
                    EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(IdentifierOf(tag), item, Label: tag.Tag));
                break;
            case TagTarget.LabelledIdentifier:
                foreach (var identifier in Items(value).SelectMany(item => RegistrationNumbers.Read(item, IdentifierOf(tag), tag.Tag)))
                    EntityBuilder.AddDistinct(builder.Identifiers, identifier);
                break;
            case TagTarget.Gender:
                builder.Gender = GenderParser.Parse(value);
                break;
            case TagTarget.Vessel:
                builder.Vessel = WithField(builder.Vessel ?? new VesselDetails(), tag.Argument, value);
                break;
            case TagTarget.Link:
                foreach (var item in Items(value))
                    EntityBuilder.AddDistinct(builder.Links, new EntityLink(tag.Argument ?? tag.Tag, item));
                break;
            case TagTarget.Remark:
                EntityBuilder.AddDistinct(builder.Remarks, $"{tag.Tag}: {value}");
                break;
        }
    }

    private static IEnumerable<string> Items(string value) => NumberedList.Split(value).OfType<string>();

    private static IdentifierType IdentifierOf(OtherInformationTag tag) =>
        Enum.TryParse<IdentifierType>(tag.Argument, out var type)
            ? type
            : throw new InvalidOperationException($"other-information-tags.tsv: '{tag.Tag}' names no identifier type");

    private static VesselDetails WithField(VesselDetails vessel, string? field, string value) => field switch
    {
        nameof(VesselDetails.Flag) => vessel with { Flag = value },
        nameof(VesselDetails.Type) => vessel with { Type = value },
        nameof(VesselDetails.Tonnage) => vessel with { Tonnage = value },
        nameof(VesselDetails.BuildYear) => vessel with { BuildYear = value },
        nameof(VesselDetails.Owner) => vessel with { Owner = value },
        // The FCDO list gives one element per former flag: each adds to those already read.
        nameof(VesselDetails.FormerFlags) => vessel with { FormerFlags = [.. (vessel.FormerFlags ?? []).Union(Items(value))] },
        _ => throw new InvalidOperationException($"other-information-tags.tsv names an unknown vessel field '{field}'"),
    };

    private static void AddRemark(EntityBuilder builder, string text) =>
        EntityBuilder.AddDistinct(builder.Remarks, TextCleaning.Clean(text));

    [GeneratedRegex(@"^(?<ref>\S+?)\.?(\s+(?<rest>.*))?$", RegexOptions.Singleline)]
    private static partial Regex ReferenceAndRest();
}
