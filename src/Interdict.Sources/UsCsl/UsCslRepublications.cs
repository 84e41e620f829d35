using System.Globalization;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.UsCsl;

/// <summary>
/// The screening list re-publishes OFAC's lists (csl-sources.tsv says which list each code comes from). When the
/// OFAC list itself is loaded, its CSL copies would only report every OFAC hit twice, in the CSL's poorer form:
/// <see cref="Without"/> drops them.
/// </summary>
public static class UsCslRepublications
{
    /// <summary>The list without the entries re-published from an OFAC source that is loaded itself, and one notice
    /// per such source saying how many entries were skipped. A list of another source is returned as it is.</summary>
    public static (LoadedList Kept, IReadOnlyList<LoadNotice> Notices) Without(LoadedList list, IReadOnlySet<string> loadedSourceIds)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(loadedSourceIds);
        if (list.Version.SourceId != UsCslReader.SourceId) return (list, []);

        var kept = new List<Entity>(list.Entities.Count);
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in list.Entities)
        {
            if (OfacListOf(entity) is { } ofacList && loadedSourceIds.Contains(ofacList))
                skipped[ofacList] = skipped.GetValueOrDefault(ofacList) + 1;
            else
                kept.Add(entity);
        }
        if (skipped.Count == 0) return (list, []);
        var notices = skipped
            .Select(s => new LoadNotice(UsCslReader.SourceId, string.Create(CultureInfo.InvariantCulture,
                $"skipped {s.Value:N0} entries re-published from {s.Key}, which is loaded itself")))
            .ToList();
        return (list with { Entities = kept }, notices);
    }

    /// <summary>The OFAC source an entity "us-csl:&lt;code&gt;:&lt;key&gt;" was re-published from, by its code.</summary>
    private static string? OfacListOf(Entity entity)
    {
        var code = entity.Id.Split(':') is [_, var c, _] ? c : null;
        return code is null ? null : CslSources.FromCode(code)?.OfacListId;
    }
}
