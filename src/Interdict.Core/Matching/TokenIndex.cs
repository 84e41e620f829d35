using System.Collections.Frozen;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>
/// The words of every listed name, with the names that contain each word, and the ways to find words spelt
/// differently from a query word: the same consonant skeleton (romanisation variants), one deleted letter on either
/// side (typos), the same abjad skeleton (Arabic-, Persian- or Hebrew-script words and their Latin spellings), and
/// two words written as one. Filled with <see cref="Add"/>, then <see cref="Seal"/>ed into read-only arrays;
/// thread-safe from then on.
/// </summary>
internal sealed class TokenIndex
{
    /// <summary>Shorter words are only matched exactly: one letter off in "ali" is another name.</summary>
    private const int MinimumFuzzyLength = 4;

    /// <summary>Abjad skeletons shorter than this ("l" for علي) collide too often to find anything by.</summary>
    private const int MinimumAbjadKey = 3;

    /// <summary>The longest particle written joined to a name word ("al", "abu", "bin", "ul").</summary>
    private const int MaxParticleLength = 3;

    /// <summary>Credit for a part of a joined query word: found, but not as written.</summary>
    private const float JoinedCredit = 0.9f;

    private const int LongestWord = 64;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<NameToken> tokens = [];
    private List<List<int>>? postingLists = [];
    private Dictionary<string, List<int>>? keyLists = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? deletionLists = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? abjadKeyLists = new(StringComparer.Ordinal);

    private int[][] postings = [];
    private Lookup byKey;
    private Lookup byDeletion;
    private Lookup byAbjadKey;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idBySpan;
    private bool hasAbjadWords;

    public int WordCount => tokens.Count;

    /// <summary>Adds the identifying words of a listed name. Call <see cref="Seal"/> when all names are in.</summary>
    public void Add(int nameId, AnalyzedName name)
    {
        var lists = postingLists ?? throw new InvalidOperationException("The word index is sealed.");
        foreach (var token in name.Tokens)
        {
            if (!token.IsIdentifying) continue;
            if (!ids.TryGetValue(token.Text, out var id))
            {
                id = tokens.Count;
                ids.Add(token.Text, id);
                tokens.Add(token);
                lists.Add([]);
                if (token.IsAbjad) IndexAbjad(token, id);
                else IndexLatin(token, id);
            }
            var postingList = lists[id];
            if (postingList.Count == 0 || postingList[^1] != nameId) postingList.Add(nameId);
        }
    }

    private void IndexAbjad(in NameToken token, int id)
    {
        hasAbjadWords = true;
        if (token.Key.Length >= MinimumAbjadKey) Append(abjadKeyLists!, token.Key, id);
    }

    private void IndexLatin(in NameToken token, int id)
    {
        if (token.Class == TermClass.Name && Abjad.Skeleton(token.Text) is { Length: >= MinimumAbjadKey } abjadKey) Append(abjadKeyLists!, abjadKey, id);
        if (token.Key.Length > 0) Append(keyLists!, token.Key, id);
        if (!token.IsFuzzyComparable || token.Text.Length < MinimumFuzzyLength || token.Text.Length > LongestWord) return;
        for (var i = 0; i < token.Text.Length; i++) Append(deletionLists!, string.Concat(token.Text.AsSpan(0, i), token.Text.AsSpan(i + 1)), id);
    }

    /// <summary>Ends indexing. A word that is two indexed words written together ("alzawahiri", "abdulsattar")
    /// also files its names under its parts, so a query that writes them apart finds them.</summary>
    public void Seal()
    {
        var lists = postingLists ?? throw new InvalidOperationException("The word index is sealed.");
        idBySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var id = 0; id < tokens.Count; id++)
        {
            if (!tokens[id].IsFuzzyComparable || tokens[id].IsAbjad) continue;
            foreach (var part in Parts(tokens[id].Text))
            {
                foreach (var name in lists[id])
                {
                    if (!lists[part].Contains(name)) lists[part].Add(name);
                }
            }
        }
        postings = [.. lists.Select(p => p.ToArray())];
        byKey = new Lookup(keyLists!);
        byDeletion = new Lookup(deletionLists!);
        byAbjadKey = new Lookup(abjadKeyLists!);
        (postingLists, keyLists, deletionLists, abjadKeyLists) = (null, null, null, null);
    }

    /// <summary>The indexed words a word splits into: a known word of at least four letters, with either another
    /// known word or a short particle ("al", "abu", "bin") before or after it.</summary>
    private List<int> Parts(string word)
    {
        var parts = new List<int>();
        for (var cut = 2; cut <= word.Length - 2; cut++)
        {
            var head = word.AsSpan(0, cut);
            var tail = word.AsSpan(cut);
            var headKnown = idBySpan.TryGetValue(head, out var headId);
            var tailKnown = idBySpan.TryGetValue(tail, out var tailId);
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
        if (query.IsAbjad)
        {
            Consider(query, byAbjadKey.Find(query.Key), found, abjadOnly: false);
            return;
        }
        if (!query.IsFuzzyComparable) return;
        // Listed names in Arabic, Persian or Hebrew script are found by the Latin word's abjad skeleton.
        if (hasAbjadWords && query.Class == TermClass.Name) Consider(query, byAbjadKey.Find(Abjad.Skeleton(query.Text)), found, abjadOnly: true);
        if (query.Key.Length > 0) Consider(query, byKey.Find(query.Key), found, abjadOnly: false);
        if (query.Text.Length < MinimumFuzzyLength || query.Text.Length > LongestWord) return;
        Consider(query, byDeletion.Find(query.Text), found, abjadOnly: false);
        if (found.Count == 0)
        {
            // A query word that is two listed words written together: credit names with its parts.
            foreach (var part in Parts(query.Text))
            {
                if (!found.Exists(f => f.WordId == part)) found.Add((part, JoinedCredit));
            }
        }
        Span<char> deletion = stackalloc char[LongestWord];
        var text = query.Text.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            text[..i].CopyTo(deletion);
            text[(i + 1)..].CopyTo(deletion[i..]);
            var shorter = deletion[..(text.Length - 1)];
            if (idBySpan.TryGetValue(shorter, out var shorterId)) Consider(query, [shorterId], found, abjadOnly: false);
            Consider(query, byDeletion.Find(shorter), found, abjadOnly: false);
        }
    }

    private void Consider(in NameToken query, ReadOnlySpan<int> candidates, List<(int WordId, float Similarity)> found, bool abjadOnly)
    {
        foreach (var id in candidates)
        {
            if ((abjadOnly && !tokens[id].IsAbjad) || Contains(found, id)) continue;
            var similarity = TokenSimilarity.Compare(query, tokens[id], out _);
            if (similarity > 0f) found.Add((id, similarity));
        }
    }

    private static bool Contains(List<(int WordId, float Similarity)> found, int id)
    {
        foreach (var (wordId, _) in found)
        {
            if (wordId == id) return true;
        }
        return false;
    }

    private static void Append(Dictionary<string, List<int>> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }

    /// <summary>Word ids by a key, frozen for lookups by span.</summary>
    private readonly struct Lookup(Dictionary<string, List<int>> lists)
    {
        private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> bySpan = lists
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) => bySpan.Dictionary is not null && bySpan.TryGetValue(key, out var found) ? found : [];
    }
}
