using System.Text.RegularExpressions;
using System.Xml.Linq;
using Interdict.Core.Model;
using Interdict.Core.Text;
using static Interdict.Sources.Uk.FcdoDesignation;

namespace Interdict.Sources.Uk;

/// <summary>
/// Reads a designated person's details (IndividualDetails/Individual) of the FCDO UK Sanctions List: birth dates and
/// places, nationalities, positions, passports and national identity numbers, with the ConList's labels.
/// </summary>
internal static partial class FcdoIndividual
{
    public static void Add(EntityBuilder builder, XElement designation)
    {
        foreach (var dob in Values(designation, "DOB")) AddBirthDate(builder, dob);
        foreach (var place in designation.Descendants("BirthDetails").Elements("Location"))
        {
            var town = Text(place, "TownOfBirth");
            var country = Text(place, "CountryOfBirth");
            EntityBuilder.AddDistinct(builder.PlacesOfBirth, town is null ? country : country is null ? town : $"{town}, {country}");
        }
        foreach (var nationality in Values(designation, "Nationality")) EntityBuilder.AddDistinct(builder.Nationalities, nationality);
        foreach (var position in Values(designation, "Position")) EntityBuilder.AddDistinct(builder.Positions, position);
        foreach (var passport in designation.Descendants("Passport"))
        {
            AddDocument(builder, IdentifierType.Passport, "Passport Number",
                Text(passport, "PassportNumber"), Text(passport, "PassportAdditionalInformation"));
        }
        foreach (var id in designation.Descendants("NationalIdentifier"))
        {
            AddDocument(builder, IdentifierType.NationalId, "National Identification Number",
                Text(id, "NationalIdentifierNumber"), Text(id, "NationalIdentifierAdditionalInformation"));
        }
    }

    /// <summary>The list writes an unknown day or month as "dd" or "mm" ("dd/mm/1968", "dd/09/1958") where the
    /// ConList writes "00"; a date that still cannot be read is kept as a remark, as the ConList reader does.</summary>
    private static void AddBirthDate(EntityBuilder builder, string dob)
    {
        if (DateParser.Parse(UnknownPart().Replace(dob, "00")) is { } date) EntityBuilder.AddDistinct(builder.BirthDates, date);
        else EntityBuilder.AddDistinct(builder.Remarks, $"DOB: {dob}");
    }

    /// <summary>A document without a number keeps what the list says of it as a remark.</summary>
    private static void AddDocument(EntityBuilder builder, IdentifierType type, string label, string? number, string? details)
    {
        if (number is not null) EntityBuilder.AddDistinct(builder.Identifiers, new Identifier(type, number, Label: label, Note: details));
        else if (details is not null) EntityBuilder.AddDistinct(builder.Remarks, $"{label}: {details}");
    }

    [GeneratedRegex(@"\b(dd|mm)(?=/)", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownPart();
}
