using System.Collections.Concurrent;
using System.Collections.Frozen;
using Interdict.Core.Model;

namespace Interdict.Core.Matching;

/// <summary>
/// The screening engine over one or more loaded lists: every name analysed once, an index of their words, and the
/// facts used as secondary evidence. Build it once per set of list versions; <see cref="Screen"/> is thread-safe.
/// </summary>
public sealed partial class ScreeningIndex
{
    private readonly Entity[] entities;
    private readonly EntityFacts[] facts;
    private readonly int[] sourceOfEntity;
    private readonly string[] sourceIds;
    /// <summary>Per source: an allow-list, whose entries clear hits instead of being hits.</summary>
    private readonly bool[] allowSource;
    private readonly bool[] allowEntity;
    private readonly IndexedName[] names;
    private readonly TokenIndex words;
    private readonly FrozenDictionary<string, Entity> byId;
    private readonly FrozenDictionary<string, int[]> byIdentifier;
    /// <summary>Organisation names by their initials, and one-word organisation names that may be initials.</summary>
    private readonly FrozenDictionary<string, int[]> byInitials;
    private readonly FrozenDictionary<string, int[]> initialsNames;
    private readonly ConcurrentBag<CandidateScratch> scratchPool = [];

    private ScreeningIndex(IReadOnlyList<LoadedList> lists, MatchingOptions options)
    {
        Lists = lists;
        Options = options;
        sourceIds = lists.Select(l => l.Version.SourceId).Distinct(StringComparer.Ordinal).ToArray();
        entities = lists.SelectMany(l => l.Entities).ToArray();
        byId = BuildIdMap(entities);
        sourceOfEntity = entities.Select(e => Array.IndexOf(sourceIds, e.SourceId)).ToArray();
        allowSource = sourceIds.Select(id => lists.Any(l => l.Version.SourceId == id && l.Version.Kind == ListKind.Allow)).ToArray();
        allowEntity = sourceOfEntity.Select(s => allowSource[s]).ToArray();
        facts = entities.Select(e => new EntityFacts(e)).ToArray();
        byIdentifier = facts
            .SelectMany((f, e) => f.Identifiers.Select(i => (i.Normalized, Entity: e)))
            .GroupBy(p => p.Normalized, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entity).Distinct().ToArray(), StringComparer.Ordinal);

        var analysed = new List<IndexedName>();
        words = new TokenIndex();
        for (var e = 0; e < entities.Length; e++)
        {
            var entity = entities[e];
            for (var n = 0; n < entity.Names.Count; n++)
            {
                var name = entity.Names[n];
                var renderings = NameAnalyzer.AnalyzeRenderings(name.Value, entity.Schema, listed: true);
                // A person's one-word name is weak whatever its renderings or groupings make of it.
                var weak = name.IsWeak || (entity.Schema == Schema.Person && renderings[0].Tokens.Length == 1);
                foreach (var analysis in renderings) Index(e, n, analysis, weak, forAbjadQueries: false);
                if (NameAnalyzer.AbjadGrouping(name.Value, entity.Schema) is { } grouped) Index(e, n, grouped, weak, forAbjadQueries: true);
            }
        }
        words.Seal();
        names = [.. analysed];
        byInitials = IndexOrganisationNames(Acronyms.Of);
        initialsNames = IndexOrganisationNames(Acronyms.AsInitials);

        void Index(int e, int n, AnalyzedName analysis, bool weak, bool forAbjadQueries)
        {
            if (analysis.IdentifyingCount == 0) return;
            words.Add(analysed.Count, analysis);
            analysed.Add(new IndexedName(e, n, analysis, weak, forAbjadQueries));
        }
    }

    public IReadOnlyList<LoadedList> Lists { get; }
    public MatchingOptions Options { get; }
    public IReadOnlyList<Entity> Entities => entities;
    public int NameCount => names.Length;
    public int WordCount => words.WordCount;

    /// <summary>Builds an index over every entity of the given lists. Entity ids must be unique across them.</summary>
    public static ScreeningIndex Build(IEnumerable<LoadedList> lists, MatchingOptions? options = null) =>
        new([.. lists], options ?? MatchingOptions.Default);

    public Entity? Find(string id) => byId.GetValueOrDefault(id);

    private FrozenDictionary<string, int[]> IndexOrganisationNames(Func<AnalyzedName, string?> key) => names
        .Select((name, id) => (Id: id, Key: !name.Weak && !name.ForAbjadQueries && entities[name.Entity].Schema.IsOrganization() ? key(name.Analysis) : null))
        .Where(n => n.Key is not null)
        .GroupBy(n => n.Key!, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(n => n.Id).ToArray(), StringComparer.Ordinal);

    private static FrozenDictionary<string, Entity> BuildIdMap(Entity[] entities)
    {
        var map = new Dictionary<string, Entity>(entities.Length, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!map.TryAdd(entity.Id, entity))
                throw new ArgumentException($"Entity id {entity.Id} appears twice: load each source once.", nameof(entities));
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <param name="Weak">A weak name confirms a hit but does not raise one alone.</param>
    /// <param name="ForAbjadQueries">A Latin name's words regrouped for Arabic-script queries only.</param>
    private readonly record struct IndexedName(int Entity, int NameIndex, AnalyzedName Analysis, bool Weak, bool ForAbjadQueries = false);
}
