using System.Text.Json;
using Interdict.Core.Text;
using Interdict.Testing;
using Xunit.Abstractions;

namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>The romanisations against the gold sets in ../shared/eval.</summary>
public class GoldSetTests(ITestOutputHelper output)
{
    /// <summary>The scripts the romanisation tables cover; other scripts are AnyAscii's alone.</summary>
    private static readonly string[] TableScripts = ["Cyrillic", "Greek", "Armenian", "Georgian", "Hangul", "Han", "Kana"];

    /// <summary>Transliteration pairs of the crosslist set whose listed name a rendering spells word for word,
    /// measured at this commit: a floor, so a change that loses one fails.</summary>
    private const int CrosslistCyrillicFloor = 11;

    public static TheoryData<string, string> CrossScriptPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(SharedData.Eval("cross-script-pairs.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (TableScripts.Contains(ScriptDetector.Detect(fields[0]))) data.Add(fields[0], fields[1]);
        }
        return data;
    }

    [Fact]
    public void The_cross_script_pairs_cover_every_table_script_with_names() =>
        Assert.Equal(15, CrossScriptPairs().Count);

    [Theory]
    [MemberData(nameof(CrossScriptPairs))]
    public void A_cross_script_pair_has_its_Latin_name_among_the_renderings(string query, string expected) =>
        RenderingMatch.AssertHas(query, expected);

    [Fact]
    public void Cyrillic_crosslist_queries_that_transliterate_their_listed_name_get_it_word_for_word()
    {
        var pairs = new List<(string Query, string Listed)>();
        foreach (var line in File.ReadLines(SharedData.Eval("crosslist-dev.jsonl")))
        {
            using var row = JsonDocument.Parse(line);
            var query = row.RootElement.GetProperty("query").GetString()!;
            var listed = row.RootElement.GetProperty("listed_name").GetString()!;
            if (row.RootElement.GetProperty("kind").GetString() == "non-latin"
                && ScriptDetector.Detect(query) == "Cyrillic"
                && IsTransliteration(query, listed))
                pairs.Add((query, listed));
        }

        var (hits, misses) = RenderingMatch.Count(pairs);
        var anyAscii = pairs.Count(p => RenderingMatch.SameWords(NameNormalizer.Normalize(p.Query), p.Listed));
        output.WriteLine($"{hits} of {pairs.Count} transliteration pairs spelled word for word (AnyAscii alone: {anyAscii})");
        output.WriteLine(misses);

        Assert.Equal(14, pairs.Count);
        Assert.True(hits >= CrosslistCyrillicFloor, $"{hits} of {pairs.Count}, floor {CrosslistCyrillicFloor}:\n{misses}");
    }

    /// <summary>
    /// Whether the listed name is a romanisation of the query rather than a translation ("ООО СТАУТ" / "STAUT
    /// COMPANY LIMITED") or another alias: as many words, each close in spelling to its own listed word once the
    /// query is romanised letter by letter. Decided without the romaniser under test.
    /// </summary>
    private static bool IsTransliteration(string query, string listed)
    {
        var queryWords = NameNormalizer.Tokenize(query);
        var listedWords = NameNormalizer.Tokenize(listed).ToList();
        if (queryWords.Length != listedWords.Count) return false;
        foreach (var word in queryWords)
        {
            var closest = listedWords.MaxBy(l => Similarity(word, l))!;
            if (Similarity(word, closest) < 0.6) return false;
            listedWords.Remove(closest);
        }
        return true;
    }

    /// <summary>1 − edit distance / length of the longer word.</summary>
    private static double Similarity(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return 1.0 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
