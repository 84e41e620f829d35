using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Sources.Ftm;

/// <summary>
/// The names of an FtM party. Every <c>name</c> value is a primary name (OpenSanctions merges the spellings and
/// translations of all the lists that carry the party there), the caption, the one the publisher shows, first;
/// <c>alias</c> values are aliases, <c>weakAlias</c> and <c>abbreviation</c> low-quality aliases (confirming, not
/// screened alone), <c>previousName</c> former names. A person given only in parts (firstName, middleName,
/// fatherName, lastName) is named by joining them in that order, one name per script, as FtM builds a full name.
/// </summary>
internal static class FtmNames
{
    private static readonly string[] NameParts = ["firstName", "secondName", "middleName", "fatherName", "lastName"];

    public static void Add(EntityBuilder builder, FtmRecord record)
    {
        var names = record["name"];
        if (record.Caption is { } caption && names.Contains(caption, StringComparer.Ordinal))
            Add(builder, caption, NameKind.Primary, NameQuality.Unspecified);
        foreach (var name in names.Count > 0 ? names : JoinedParts(record))
            Add(builder, name, NameKind.Primary, NameQuality.Unspecified);
        foreach (var alias in record["alias"]) Add(builder, alias, NameKind.Alias, NameQuality.Unspecified);
        foreach (var weak in record["weakAlias"].Concat(record["abbreviation"]))
            Add(builder, weak, NameKind.Alias, NameQuality.Low);
        foreach (var former in record["previousName"]) Add(builder, former, NameKind.Former, NameQuality.Unspecified);
    }

    private static void Add(EntityBuilder builder, string name, NameKind kind, NameQuality quality) =>
        builder.AddName(new EntityName(name, kind, quality, ScriptDetector.Detect(name)));

    /// <summary>"Vitaly" + "Yurievich" + "KUZMENKO", and "Виталий" + "Юрьевич" + "КУЗЬМЕНКО" beside it: the first
    /// value of each part in each script the parts are written in.</summary>
    private static List<string> JoinedParts(FtmRecord record)
    {
        var scripts = NameParts.SelectMany(part => record[part]).Select(value => ScriptDetector.Detect(value)).Distinct();
        var names = new List<string>();
        foreach (var script in scripts)
        {
            var parts = NameParts
                .Select(part => record[part].FirstOrDefault(value => ScriptDetector.Detect(value) == script))
                .OfType<string>();
            EntityBuilder.AddDistinct(names, string.Join(' ', parts));
        }
        return names;
    }
}
