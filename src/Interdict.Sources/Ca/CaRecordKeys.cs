using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Interdict.Sources.Ca;

/// <summary>
/// Gives each record of the Canadian list a stable key. The list has no ids of its own: a record is an item of a
/// schedule of one regime's regulations, so the key is "&lt;regime&gt;/&lt;schedule&gt;/&lt;item&gt;", e.g.
/// "russia/1-part-1/42", "jvcfor/1-part-1/3", "zimbabwe/164" (the older regulations have no schedules). The regime
/// is the English half of the Country field ("Russia / Russie"), or the acronym it ends with when it has one
/// ("Justice for Victims … (JVCFOR)"); every part is lower case with runs of other characters than letters,
/// digits and dots made one hyphen, so "1,Part 3" and "1, Part 3" are the same schedule. Should two records
/// share a key (the published file has none that do), the later ones get "~2", "~3" … in file order, so every
/// record stays screenable and the ids do not depend on anything but the file.
/// </summary>
internal sealed partial class CaRecordKeys
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <exception cref="FormatException">The record has no Country or no Item.</exception>
    public string Assign(CaRecord record)
    {
        var regime = record.Country ?? throw new FormatException("no Country (the regime the record is listed under)");
        var item = record.Item ?? throw new FormatException("no Item number");
        var parts = new List<string> { Slug(RegimeName(regime)) };
        if (record.Schedule is { } schedule) parts.Add(Slug(schedule));
        parts.Add(Slug(item));
        var key = string.Join('/', parts);
        var count = _seen[key] = _seen.GetValueOrDefault(key) + 1;
        return count == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}~{count}");
    }

    /// <summary>The regime's English name, the part before " / French"; its acronym when it ends with one.</summary>
    public static string RegimeName(string country)
    {
        var english = country.Split(" / ", 2)[0].Trim();
        return TrailingAcronym().Match(english) is { Success: true } acronym ? acronym.Groups["acronym"].Value : english;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }

    [GeneratedRegex(@"\((?<acronym>[A-Z]{2,})\)$")]
    private static partial Regex TrailingAcronym();
}
