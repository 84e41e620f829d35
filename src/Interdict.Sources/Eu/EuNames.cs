using System.Globalization;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Eu;

/// <summary>
/// Reads an entity's nameAlias elements: the names, and what the EU states per name (gender, title, function).
/// The EU marks no name as the main one. The primary name is the strong name with the lowest logicalId: the EU
/// numbers names as it records them, so that is the name the entity was first listed under ("Khalid Sheikh
/// MOHAMMED", logicalId 289, before its spellings added in 2025). strong="false" marks a weak alias.
/// </summary>
internal static class EuNames
{
    public static void Add(EntityBuilder builder, IReadOnlyList<EuElement> aliases)
    {
        var named = aliases.Where(a => NameOf(a) is not null).ToList();
        var primary = named.Where(a => a.Flag("strong") != false).MinBy(Order) ?? named.MinBy(Order);
        foreach (var alias in aliases)
        {
            if (NameOf(alias) is { } name) AddName(builder, alias, name, alias == primary ? NameKind.Primary : NameKind.Alias);
            EntityBuilder.AddDistinct(builder.Titles, alias["title"]);
            EntityBuilder.AddDistinct(builder.Positions, alias["function"]);
            AddGender(builder, alias);
            foreach (var remark in alias.Remarks) EntityBuilder.AddDistinct(builder.Remarks, remark);
        }
    }

    /// <summary>wholeName, or the first, middle and last names when the EU left it empty.</summary>
    private static string? NameOf(EuElement alias) =>
        alias["wholeName"] ?? TextCleaning.Clean(string.Join(' ', new[] { alias["firstName"], alias["middleName"], alias["lastName"] }.OfType<string>()));

    /// <summary>The name and the names it holds ("Global Relief Foundation (GRF)" also gives "GRF"); the script is
    /// read from the letters, the language is the EU's nameLanguage ("BG" for a Bulgarian spelling).</summary>
    private static void AddName(EntityBuilder builder, EuElement alias, string name, NameKind kind)
    {
        // Every EU name is strong unless marked otherwise, so strength says nothing beyond the weak ones.
        var quality = alias.Flag("strong") == false ? NameQuality.Low : NameQuality.Unspecified;
        var (names, remarks) = NameFields.Split(name);
        for (var i = 0; i < names.Count; i++)
        {
            var each = names[i];
            builder.AddName(new EntityName(each, i == 0 ? kind : NameKind.Alias, quality, ScriptDetector.Detect(each), alias["nameLanguage"]));
        }
        foreach (var remark in remarks) EntityBuilder.AddDistinct(builder.Remarks, remark);
    }

    /// <summary>M or F. A gender that is neither, or contradicts the one already read, is kept as a remark rather
    /// than chosen between.</summary>
    private static void AddGender(EntityBuilder builder, EuElement alias)
    {
        if (alias["gender"] is not { } text) return;
        var gender = GenderParser.Parse(text);
        if (builder.Gender == Gender.Unknown && gender != Gender.Unknown) builder.Gender = gender;
        else if (builder.Gender != gender) EntityBuilder.AddDistinct(builder.Remarks, $"Gender {text} given for {NameOf(alias)}");
    }

    private static long Order(EuElement alias) =>
        long.TryParse(alias["logicalId"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : long.MaxValue;
}
