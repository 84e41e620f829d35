namespace Interdict.Core.Matching;

/// <summary>
/// The words of every listed name, with the names that contain each word, and two ways to find words spelt
/// differently from a query word: the same consonant skeleton (romanisation variants) and one deleted letter on
/// either side (typos). Built once per list version; read-only and thread-safe afterwards.
/// </summary>
internal sealed class TokenIndex
{
    /// <summary>Shorter words are only matched exactly: one letter off in "ali" is another name.</summary>
    private const int MinimumFuzzyLength = 4;

    /// <summary>The longest particle written joined to a name word ("al", "abu", "bin", "ul").</summary>
    private const int MaxParticleLength = 3;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<NameToken> tokens = [];
    private readonly List<List<int>> postingLists = [];
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byDeletion = new(StringComparer.Ordinal);
    private int[][] postings = [];

    public int WordCount => tokens.Count;

    /// <summary>Credit for a part of a joined query word: found, but not as written.</summary>
    private const float JoinedCredit = 0.9f;

    /// <summary>Adds the identifying words of a listed name. Call <see cref="Seal"/> when all names are in.</summary>
    public void Add(int nameId, AnalyzedName name)
    {
        foreach (var token in name.Tokens)
        {
            if (!token.IsIdentifying) continue;
            if (!ids.TryGetValue(token.Text, out var id))
            {
                id = tokens.Count;
                ids.Add(token.Text, id);
                tokens.Add(token);
                postingLists.Add([]);
                if (token.Key.Length > 0) Append(byKey, token.Key, id);
                if (token.IsFuzzyComparable && token.Text.Length >= MinimumFuzzyLength)
                {
                    foreach (var deletion in Deletions(token.Text)) Append(byDeletion, deletion, id);
                }
            }
            var list = postingLists[id];
            if (list.Count == 0 || list[^1] != nameId) list.Add(nameId);
        }
    }

    /// <summary>Ends indexing. A word that is two indexed words written together ("alzawahiri", "abdulsattar")
    /// also files its names under its parts, so a query that writes them apart finds them.</summary>
    public void Seal()
    {
        var byText = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < tokens.Count; id++)
        {
            if (!tokens[id].IsFuzzyComparable) continue;
            foreach (var part in Parts(tokens[id].Text, byText))
            {
                foreach (var name in postingLists[id])
                {
                    if (!postingLists[part].Contains(name)) postingLists[part].Add(name);
                }
            }
        }
        postings = postingLists.Select(p => p.ToArray()).ToArray();
    }

    /// <summary>The indexed words a word splits into: a known word of at least four letters, with either another
    /// known word or a short particle ("al", "abu", "bin") before or after it.</summary>
    private static List<int> Parts(string word, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byText)
    {
        var parts = new List<int>();
        for (var cut = 2; cut <= word.Length - 2; cut++)
        {
            var head = word.AsSpan(0, cut);
            var tail = word.AsSpan(cut);
            var headKnown = byText.TryGetValue(head, out var headId);
            var tailKnown = byText.TryGetValue(tail, out var tailId);
            if (tailKnown && tail.Length >= MinimumFuzzyLength && (headKnown || head.Length <= MaxParticleLength)) parts.Add(tailId);
            if (headKnown && head.Length >= MinimumFuzzyLength && (tailKnown || tail.Length <= MaxParticleLength)) parts.Add(headId);
        }
        return parts;
    }

    public ReadOnlySpan<int> NamesWith(int wordId) => postings[wordId];

    /// <summary>Finds the indexed words that match <paramref name="query"/> exactly or approximately.</summary>
    public void FindSimilar(in NameToken query, List<(int WordId, float Similarity)> found)
    {
        found.Clear();
        if (ids.TryGetValue(query.Text, out var exact)) found.Add((exact, 1f));
        if (!query.IsFuzzyComparable) return;
        if (query.Key.Length > 0 && byKey.TryGetValue(query.Key, out var variants)) Consider(query, variants, found);
        if (query.Text.Length < MinimumFuzzyLength) return;
        if (byDeletion.TryGetValue(query.Text, out var longer)) Consider(query, longer, found);
        if (found.Count == 0)
        {
            // A query word that is two listed words written together: credit names with its parts.
            foreach (var part in Parts(query.Text, ids.GetAlternateLookup<ReadOnlySpan<char>>()))
            {
                if (!found.Exists(f => f.WordId == part)) found.Add((part, JoinedCredit));
            }
        }
        foreach (var deletion in Deletions(query.Text))
        {
            if (ids.TryGetValue(deletion, out var shorter)) Consider(query, [shorter], found);
            if (byDeletion.TryGetValue(deletion, out var near)) Consider(query, near, found);
        }
    }

    private void Consider(in NameToken query, List<int> candidates, List<(int, float)> found)
    {
        foreach (var id in candidates)
        {
            if (found.Exists(f => f.Item1 == id)) continue;
            var similarity = TokenSimilarity.Compare(query, tokens[id], out _);
            if (similarity > 0f) found.Add((id, similarity));
        }
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }

    private static void Append(Dictionary<string, List<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }
}
