using Interdict.Core.Model;
using Interdict.Sources.Ftm;
using Interdict.Sources.UsCsl;

namespace Interdict.Sources.Loading;

/// <summary>What the loader does to the lists once they are read: applying FollowTheMoney deltas to their base,
/// and leaving out the US screening list's copies of OFAC lists that are loaded themselves.</summary>
internal static class LoadAdjustments
{
    /// <summary>Applies the deltas, in the order of their file names (OpenSanctions names delta exports by their
    /// version, so name order is time order), to the one FollowTheMoney list of the load.</summary>
    public static List<LoadedList> ApplyDeltas(List<LoadedList> lists, List<string> deltas, List<LoadNotice> notices)
    {
        if (deltas.Count == 0) return lists;
        var ordered = deltas.Order(StringComparer.Ordinal).ToList();
        var bases = lists.Where(l => l.Version.Format == FtmReader.Format).ToList();
        if (bases.Count != 1)
        {
            var found = bases.Count == 0 ? "none is loaded" : $"{bases.Count} are loaded ({string.Join(", ", bases.Select(b => b.Version.SourceId))})";
            throw new ListDataException(ordered[0], null,
                $"a FollowTheMoney delta applies to the one FollowTheMoney entity file loaded with it, and {found}");
        }
        var updated = bases[0];
        foreach (var delta in ordered) updated = FtmDelta.Apply(updated, delta);
        notices.Add(new LoadNotice(updated.Version.SourceId,
            $"applied {ordered.Count} delta file(s) ({string.Join(", ", ordered.Select(Path.GetFileName))}): {bases[0].Entities.Count:N0} → {updated.Entities.Count:N0} entities"));
        return [.. lists.Select(l => ReferenceEquals(l, bases[0]) ? updated : l)];
    }

    public static List<LoadedList> WithoutRepublications(List<LoadedList> lists, List<LoadNotice> notices)
    {
        var loaded = lists.Select(l => l.Version.SourceId).ToHashSet(StringComparer.Ordinal);
        var result = new List<LoadedList>(lists.Count);
        foreach (var list in lists)
        {
            var (kept, skipped) = UsCslRepublications.Without(list, loaded);
            notices.AddRange(skipped);
            result.Add(kept);
        }
        return result;
    }
}
