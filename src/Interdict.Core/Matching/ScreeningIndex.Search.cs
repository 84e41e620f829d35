using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

public sealed partial class ScreeningIndex
{
    /// <summary>How many of the best candidates are scored in full even when their credit says they cannot match.</summary>
    private const int AlwaysScored = 10;

    /// <summary>Words this short may be a particle written apart from the word it belongs to.</summary>
    private const int ShortestPartWritten = 3;

    /// <summary>Screens one query: finds candidate names through the word index and entities through the
    /// identifiers the query gives, scores names in full, keeps each entity's best name, applies the evidence and
    /// weak-name rules, and returns the best entities first. Entries of allow-lists are never returned themselves:
    /// when the query matches one, every result carries it as <see cref="ScreeningResult.ClearedBy"/>.</summary>
    public IReadOnlyList<ScreeningResult> Screen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var allowedSources = AllowedSources(query.Sources);
        var evidence = QueryEvidence.From(query);
        var renderings = NameAnalyzer.AnalyzeRenderings(query.Name, query.Schema);
        var identified = IdentifiedEntities(evidence, query.Schema, allowedSources);
        if (Array.TrueForAll(renderings, r => r.IdentifyingCount == 0) && identified.Count == 0) return [];
        var threshold = query.Threshold ?? MatchingOptions.DefaultThreshold;

        var scratch = scratchPool.TryTake(out var pooled) ? pooled : new CandidateScratch(names.Length);
        try
        {
            var lowest = query.IncludeNonMatches ? Math.Min(query.MinimumScore, threshold) : threshold;
            var floor = Math.Max(0d, lowest - MaximumEvidenceGain);
            var candidates = new List<int>();
            foreach (var rendering in renderings.Where(r => r.IdentifyingCount > 0))
                candidates.AddRange(CollectCandidates(rendering, query.Schema, allowedSources, floor, scratch));
            // Latin names regrouped for Arabic-script queries are for those queries only.
            if (!Array.Exists(renderings, r => r.HasAbjad)) candidates.RemoveAll(c => names[c].ForAbjadQueries);
            if (renderings.Length > 1) candidates = [.. candidates.Distinct()];
            var acronyms = query.Schema is null || query.Schema.Value.IsOrganization() ? AcronymCandidates(renderings[0], allowedSources) : [];
            var ranked = RankEntities(renderings, candidates, acronyms, identified, evidence, threshold);
            var clearedBy = Clearance(renderings, ranked, evidence, threshold);
            var results = new List<ScreeningResult>(Math.Min(query.Limit, ranked.Count));
            foreach (var (entity, score) in ranked)
            {
                if (results.Count >= query.Limit) break;
                if (allowEntity[entity]) continue;
                var isMatch = score.Final >= threshold;
                if (score.Final < lowest) break;
                results.Add(Explain(renderings, entity, score, evidence, threshold, isMatch) with { ClearedBy = clearedBy });
            }
            return results;
        }
        finally
        {
            scratchPool.Add(scratch);
        }
    }

    /// <summary>The best allow-list entry that is the screened party itself: its score reaches the threshold and
    /// nothing the query gives (birth date, country, gender, identifier) conflicts with it. A namesake cleared with
    /// another birth date clears nobody else.</summary>
    private ScreeningResult? Clearance(AnalyzedName[] renderings, List<(int Entity, EntityScore Score)> ranked, QueryEvidence evidence, double threshold)
    {
        foreach (var (entity, score) in ranked)
        {
            if (score.Final < threshold) return null;
            if (!allowEntity[entity]) continue;
            var clearance = Explain(renderings, entity, score, evidence, threshold, isMatch: true);
            if (!clearance.Explanation.Evidence.Any(e => e.Outcome == EvidenceOutcome.Conflicts)) return clearance;
        }
        return null;
    }

    /// <summary>Organisation names whose initials are the query's one word, or that are the query's initials.</summary>
    private List<int> AcronymCandidates(AnalyzedName query, bool[]? allowedSources)
    {
        var found = new List<int>();
        if (Acronyms.AsInitials(query) is { } initials && byInitials.TryGetValue(initials, out var named)) found.AddRange(named);
        if (Acronyms.Of(query) is { } acronym && initialsNames.TryGetValue(acronym, out var oneWord)) found.AddRange(oneWord);
        found.RemoveAll(n => !Admits(names[n].Entity, null, allowedSources));
        return found;
    }

    /// <summary>The entities that carry one of the query's identifiers.</summary>
    private List<int> IdentifiedEntities(QueryEvidence evidence, Schema? schema, bool[]? allowedSources)
    {
        var found = new List<int>();
        foreach (var identifier in evidence.Identifiers)
        {
            if (!byIdentifier.TryGetValue(identifier.Normalized, out var holders)) continue;
            found.AddRange(holders.Where(e => Admits(e, schema, allowedSources) && !found.Contains(e)));
        }
        return found;
    }

    /// <summary>Which sources a query searches. Allow-lists are always searched: a firm's clearance of a party
    /// holds whichever lists the party is screened against.</summary>
    private bool[]? AllowedSources(IReadOnlySet<string>? sources)
    {
        if (sources is null) return null;
        var unknown = sources.Where(s => Array.IndexOf(sourceIds, s) < 0).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException($"Unknown source(s): {string.Join(", ", unknown)}; loaded: {string.Join(", ", sourceIds)}.");
        return sourceIds.Select((id, i) => sources.Contains(id) || allowSource[i]).ToArray();
    }

    private bool Admits(int entity, Schema? schema, bool[]? allowedSources) =>
        (allowedSources is null || allowedSources[sourceOfEntity[entity]])
        && (schema is null || schema.Value.Covers(entities[entity].Schema));

    /// <summary>Most that birth date and country agreement can add to a name score.</summary>
    private double MaximumEvidenceGain => 2 * Options.Agreement;

    /// <summary>Adds up, per listed name, how much of the query's identifying words it holds, and returns the
    /// names holding most — the only ones scored in full. A name's score cannot exceed the share of the query's
    /// weight it holds (its credit plus every word that is not identifying), so names that cannot reach
    /// <paramref name="floor"/> are not scored, except the few best, which are always scored: approximate
    /// spellings the word index does not find still count in the full score.</summary>
    private List<int> CollectCandidates(AnalyzedName query, Schema? schema, bool[]? allowedSources, double floor, CandidateScratch scratch)
    {
        scratch.Reset();
        var tokens = query.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].IsIdentifying) Credit(tokens[t], t, tokens[t].Weight, schema, allowedSources, scratch);
        }
        // A short word and its neighbour may be one listed word written apart ("Abd al" / "Abdul"), as the scorer
        // pairs them: credit both for the joined word.
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (JoinedQueryWord(tokens[t], tokens[t + 1]) is { } joined)
                Credit(joined, tokens.Length + t, tokens[t].Weight + tokens[t + 1].Weight, schema, allowedSources, scratch);
        }
        var notIdentifying = query.TotalWeight - query.Tokens.Where(t => t.IsIdentifying).Sum(t => t.Weight);
        var minimumCredit = (float)(floor * query.TotalWeight) - notIdentifying;
        return scratch.Best(Options.CandidatesPerQuery, AlwaysScored, minimumCredit);
    }

    private void Credit(in NameToken token, int creditSlot, float weight, Schema? schema, bool[]? allowedSources, CandidateScratch scratch)
    {
        words.FindSimilar(token, scratch.Similar);
        foreach (var (wordId, similarity) in scratch.Similar)
        {
            var gain = similarity * weight;
            foreach (var nameId in words.NamesWith(wordId))
            {
                if (Admits(names[nameId].Entity, schema, allowedSources)) scratch.Credit(nameId, creditSlot, gain);
            }
        }
    }

    /// <summary>Two adjacent query words as one, when one of them is short enough to be a particle written
    /// apart (al, ul, abd, bin); null otherwise.</summary>
    private static NameToken? JoinedQueryWord(in NameToken first, in NameToken second)
    {
        if (first.IsAbjad || second.IsAbjad || first.Class is TermClass.Number or TermClass.Legal || second.Class is TermClass.Number or TermClass.Legal) return null;
        if (Math.Min(first.Original.Length, second.Original.Length) > ShortestPartWritten || first.Original.Length + second.Original.Length < 5) return null;
        var joined = string.Concat(first.Original, second.Original);
        return new NameToken(joined, joined, PhoneticKey.Of(joined), TermClass.Name, 1f);
    }

    private List<(int Entity, EntityScore Score)> RankEntities(
        AnalyzedName[] renderings, List<int> candidates, List<int> acronyms, List<int> identified, QueryEvidence evidence, double threshold)
    {
        var best = new Dictionary<int, EntityScore>();
        foreach (var entity in identified) best[entity] = default;
        foreach (var nameId in acronyms)
        {
            best.TryGetValue(names[nameId].Entity, out var current);
            best[names[nameId].Entity] = current.With(nameId, (float)Options.AcronymMatch, weak: false, acronym: true);
        }
        foreach (var nameId in candidates)
        {
            var name = names[nameId];
            var (_, score) = BestRendering(renderings, name.Analysis, entities[name.Entity].Schema);
            if (score.Value <= 0f) continue;
            best.TryGetValue(name.Entity, out var current);
            best[name.Entity] = current.With(nameId, score.Value, name.Weak || score.GivenNamesOnly);
        }

        var ranked = new List<(int Entity, EntityScore Score)>(best.Count);
        foreach (var (entity, score) in best)
            ranked.Add((entity, score.Finish(EvidenceScorer.Weigh(evidence, facts[entity], Options, null), Options, threshold)));
        ranked.Sort((a, b) => b.Score.Final.CompareTo(a.Score.Final) is var order && order != 0
            ? order
            : string.CompareOrdinal(entities[a.Entity].Id, entities[b.Entity].Id));
        return ranked;
    }

    /// <summary>The query's rendering that scores best against a listed name, and its score.</summary>
    private static (AnalyzedName Rendering, NameScore Score) BestRendering(AnalyzedName[] renderings, AnalyzedName listed, Schema schema)
    {
        var best = (Rendering: renderings[0], Score: NameScorer.Score(renderings[0], listed, schema));
        for (var i = 1; i < renderings.Length; i++)
        {
            var score = NameScorer.Score(renderings[i], listed, schema);
            if (score.Value > best.Score.Value) best = (renderings[i], score);
        }
        return best;
    }

    private ScreeningResult Explain(AnalyzedName[] renderings, int entityIndex, EntityScore score, QueryEvidence queryEvidence, double threshold, bool isMatch)
    {
        var entity = entities[entityIndex];
        var query = score.UsedName < 0 ? renderings[0] : BestRendering(renderings, names[score.UsedName].Analysis, entity.Schema).Rendering;
        var evidence = new List<Evidence>();
        EvidenceScorer.Weigh(queryEvidence, facts[entityIndex], Options, evidence);
        var queryWords = query.Tokens.Select(t => t.Original).ToArray();
        if (score.UsedName < 0)
        {
            // Found by an identifier alone: no listed name matched the query's.
            var byIdentifier = new MatchExplanation(entity.Caption, 0, [], queryWords, [], evidence, null);
            return new ScreeningResult(entity, entity.Names[0], Math.Round(score.Final, 4), isMatch, byIdentifier);
        }
        var name = names[score.UsedName];
        var listedName = entity.Names[name.NameIndex];
        var pairs = new List<WordMatch>();
        var nameScore = score.UsedByAcronym
            ? new NameScore((float)AcronymPair(query, name.Analysis, pairs), false)
            : NameScorer.Explain(query, name.Analysis, entity.Schema, pairs);
        var paired = pairs.SelectMany(p => new[] { p.QueryWord, p.ListWord }).SelectMany(w => w.Split(' ').Prepend(w)).ToHashSet(StringComparer.Ordinal);
        string[] unmatchedQuery = score.UsedByAcronym ? [] : [.. queryWords.Where(t => !paired.Contains(t))];
        string[] unmatchedList = score.UsedByAcronym ? [] : [.. name.Analysis.Tokens.Select(t => t.Original).Where(t => !paired.Contains(t))];
        var weakness = nameScore.GivenNamesOnly && !name.Weak ? "given names only, no family name matched" : "weak name";
        var cap = score.Capped
            ? $"{weakness} without a confirming birth date or identifier: held at {Options.WeakNameCap(threshold):0.00}"
            : null;
        var explanation = new MatchExplanation(listedName.Value, nameScore.Value, pairs, unmatchedQuery, unmatchedList, evidence, cap);
        return new ScreeningResult(entity, listedName, Math.Round(score.Final, 4), isMatch, explanation);
    }

    private double AcronymPair(AnalyzedName query, AnalyzedName listed, List<WordMatch> pairs)
    {
        var (initials, words) = Acronyms.AsInitials(query) is { } q ? (q, listed) : (Acronyms.AsInitials(listed)!, query);
        var spelled = string.Join(' ', words.Tokens.Where(t => t.Class is TermClass.Name or TermClass.Generic).Select(t => t.Original));
        pairs.Add(words == listed
            ? new WordMatch(initials, spelled, MatchKind.Acronym, 1)
            : new WordMatch(spelled, initials, MatchKind.Acronym, 1));
        return Options.AcronymMatch;
    }
}
