using Interdict.Core.Model;
using Interdict.Sources.Ofac;

namespace Interdict.Sources.Loading;

/// <summary>What a load produced: the lists, and what was noticed on the way (skipped files, older versions).</summary>
public sealed record LoadReport(IReadOnlyList<LoadedList> Lists, IReadOnlyList<LoadNotice> Notices)
{
    /// <summary>What was noticed about one source's list (which version was kept, entries left out).</summary>
    public IEnumerable<LoadNotice> NoticesFor(string sourceId) => Notices.Where(n => n.SourceId == sourceId);
}

/// <summary>Something a load did that the user should know: a file skipped, a version preferred, entries left out.</summary>
/// <param name="SourceId">The source it concerns; null for files of no known source.</param>
public sealed record LoadNotice(string? SourceId, string Message)
{
    public override string ToString() => SourceId is null ? Message : $"{SourceId}: {Message}";
}

/// <summary>
/// Loads list files and directories into entity lists. A file is read in the format its content shows. A directory
/// is searched (with its subdirectories) for list files: the files of an OFAC CSV set in one directory form one
/// list; files of no known format are skipped with a notice; when a directory holds several dated versions of one
/// source, the newest is loaded. FollowTheMoney deltas are applied to the FollowTheMoney list they come with.
/// Entries the US screening list re-publishes from an OFAC list loaded itself are left out. Every list is read
/// whole or not at all: any error stops the load.
/// </summary>
public static class ListLoader
{
    public static LoadReport Load(IEnumerable<string> paths)
    {
        var notices = new List<LoadNotice>();
        var jobs = new List<Func<LoadedList>>();
        var deltas = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) Plan([FormatSniffer.Detect(path)], path, jobs, deltas, notices, alone: true);
            else if (Directory.Exists(path)) PlanDirectory(path, jobs, deltas, notices);
            else throw new ListDataException(path, null, "no such file or directory");
        }
        var lists = KeepNewestPerSource(RunAll(jobs), paths, notices);
        lists = LoadAdjustments.ApplyDeltas(lists, deltas, notices);
        return new LoadReport(LoadAdjustments.WithoutRepublications(lists, notices), notices);
    }

    private static void PlanDirectory(string directory, List<Func<LoadedList>> jobs, List<string> deltas, List<LoadNotice> notices)
    {
        foreach (var folder in Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories).Prepend(directory).Order(StringComparer.Ordinal))
            Plan([.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(FormatSniffer.Detect)], folder, jobs, deltas, notices, alone: false);
    }

    /// <summary>Plans the reading of the files of one directory, or of one file given by itself
    /// (<paramref name="alone"/>), which must then be a list.</summary>
    private static void Plan(List<DetectedFile> files, string folder, List<Func<LoadedList>> jobs, List<string> deltas,
        List<LoadNotice> notices, bool alone)
    {
        foreach (var unknown in files.Where(f => !f.IsKnown))
        {
            if (alone) throw new ListDataException(unknown.Path, null, $"not a list format Interdict reads: {unknown.Reason}");
            notices.Add(new LoadNotice(null, $"skipped {unknown.Path}: {unknown.Reason}"));
        }
        if (alone && files[0].OfacPart is { } part and not OfacCsvPart.Main)
            throw new ListDataException(files[0].Path, null,
                $"an OFAC CSV {Describe(part)} file is part of a set: give the directory that holds the whole set");
        jobs.AddRange(files.Where(f => f.Format is not null).Select(Reader));
        jobs.AddRange(OfacCsvSets(folder, files.Where(f => f.OfacPart is not null)));
        deltas.AddRange(files.Where(f => f.IsFtmDelta).Select(f => f.Path));
    }

    /// <summary>Groups the OFAC CSV files of one directory into sets: one main file, and at most one file of
    /// addresses, aliases and comments, per source.</summary>
    private static IEnumerable<Func<LoadedList>> OfacCsvSets(string folder, IEnumerable<DetectedFile> parts)
    {
        foreach (var set in parts.GroupBy(p => p.OfacSourceId))
        {
            var byPart = set.GroupBy(p => p.OfacPart!.Value).ToDictionary(g => g.Key, g => g.ToList());
            var mains = byPart.GetValueOrDefault(OfacCsvPart.Main) ?? [];
            if (mains.Count == 0)
            {
                var present = string.Join(", ", set.Select(p => Path.GetFileName(p.Path)));
                throw new ListDataException(folder, null,
                    $"incomplete OFAC CSV set: {present} but no main file ({(set.Key == OfacSources.Consolidated ? "cons_prim.csv" : "sdn.csv")}, the file with 12 columns)");
            }
            if (mains.Count > 1 && set.Count() > mains.Count)
                throw new ListDataException(folder, null,
                    $"several OFAC main files ({string.Join(", ", mains.Select(m => Path.GetFileName(m.Path)))}) beside one set of addresses and aliases: keep one set per directory");
            foreach (var (part, files) in byPart.Where(kv => kv.Key != OfacCsvPart.Main && kv.Value.Count > 1))
                throw new ListDataException(folder, null,
                    $"several OFAC {Describe(part)} files: {string.Join(", ", files.Select(f => Path.GetFileName(f.Path)))}");

            string? Part(OfacCsvPart part) => byPart.GetValueOrDefault(part)?[0].Path;
            if (mains.Count > 1)
            {
                // A folder of daily sdn.csv publications on their own (as in OFAC's history): one list each.
                foreach (var main in mains) yield return () => OfacCsvReader.Read(set.Key, main.Path, null, null, null);
                continue;
            }
            var mainPath = mains[0].Path;
            yield return () => OfacCsvReader.Read(set.Key, mainPath, Part(OfacCsvPart.Addresses),
                Part(OfacCsvPart.Aliases), Part(OfacCsvPart.Comments));
        }
    }

    private static Func<LoadedList> Reader(DetectedFile file) => () => file.Format!.Read(file.Path);

    private static List<LoadedList> RunAll(List<Func<LoadedList>> jobs)
    {
        var results = new LoadedList[jobs.Count];
        try
        {
            Parallel.For(0, jobs.Count, i => results[i] = jobs[i]());
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ListDataException>().FirstOrDefault() is { } first)
        {
            throw first;
        }
        return [.. results];
    }

    /// <summary>One version per source: the newest when a directory held several; an error when the choice is
    /// not clear, rather than screening against a version the user did not mean.</summary>
    private static List<LoadedList> KeepNewestPerSource(List<LoadedList> lists, IEnumerable<string> paths, List<LoadNotice> notices)
    {
        var kept = new List<LoadedList>();
        foreach (var group in lists.GroupBy(l => l.Version.SourceId))
        {
            var versions = group.ToList();
            if (versions.Count == 1)
            {
                kept.Add(versions[0]);
                continue;
            }
            var files = string.Join(", ", versions.Select(v => Path.GetFileName(v.Version.Files[0].Path)));
            if (versions.Any(v => v.Version.Published is null))
                throw Unclear(group.Key, files, paths);
            var newestDate = versions.Max(v => v.Version.Published);
            var newest = versions.Where(v => v.Version.Published == newestDate).ToList();
            if (newest.Count > 1 && !SamePublication(newest)) throw Unclear(group.Key, files, paths);
            notices.Add(new LoadNotice(group.Key, newest.Count == versions.Count
                ? $"{versions.Count} files hold the same publication of {newestDate:yyyy-MM-dd} ({files}); loaded {Path.GetFileName(newest[0].Version.Files[0].Path)}"
                : $"loaded the newest of {versions.Count} versions ({newestDate:yyyy-MM-dd}); older ones skipped"));
            kept.Add(newest[0]);
        }
        return kept;
    }

    /// <summary>Publishers ship one publication in several packagings (OFAC's enhanced XML as .xml and .zip);
    /// versions of one date with the same entities are one publication.</summary>
    private static bool SamePublication(List<LoadedList> versions) =>
        versions.Skip(1).All(v => v.Entities.Select(e => e.Id).SequenceEqual(versions[0].Entities.Select(e => e.Id)));

    private static ListDataException Unclear(string source, string files, IEnumerable<string> paths) =>
        new(string.Join(" ", paths), null, $"several versions of {source} ({files}) and no clear newest one: name the version to load");

    private static string Describe(OfacCsvPart part) => part switch
    {
        OfacCsvPart.Addresses => "address",
        OfacCsvPart.Aliases => "alias",
        OfacCsvPart.Comments => "comments",
        _ => "main",
    };
}
