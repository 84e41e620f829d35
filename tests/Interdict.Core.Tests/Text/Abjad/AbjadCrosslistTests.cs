using System.Text.Json;
using System.Xml.Linq;
using Interdict.Core.Text;
using Interdict.Testing;
using Xunit.Abstractions;

namespace Interdict.Core.Tests.Text;

/// <summary>
/// The Arabic-script queries of the gold set crosslist-dev.jsonl (kind "non-latin"), each against the Latin names the
/// UN or OFAC list gives its expected entity: the listed name and every Latin alias, read from ../shared/lists.
/// </summary>
public class AbjadCrosslistTests(ITestOutputHelper output)
{
    /// <summary>Measured 167 of 204 (0.819) when this test was written. The rest are aliases the list gives only in
    /// Arabic script (Abu Du'a), translated organisation names (Armed Islamic Group) or names of another form.</summary>
    private const double Floor = 0.80;

    private static readonly string[] UnNameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    [Fact]
    public void Most_arabic_script_queries_find_every_word_in_a_latin_name_of_their_entity()
    {
        var queries = File.ReadLines(SharedData.Eval("crosslist-dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => row.GetProperty("kind").GetString() == "non-latin" && Abjad.IsAbjad(row.GetProperty("query").GetString()))
            .Select(row => (Query: row.GetProperty("query").GetString()!, Expected: row.GetProperty("expected").GetString()!))
            .ToList();
        var names = LatinNames(queries.Select(q => q.Expected).ToHashSet());

        var found = queries.Count(q => names[q.Expected].Any(name => AbjadPairing.AllFound(q.Query, name, 0.85f)));
        var share = (double)found / queries.Count;
        output.WriteLine($"{found} of {queries.Count} Arabic-script queries ({share:0.000}) find every word in a Latin name of their entity");
        Assert.Equal(204, queries.Count);
        Assert.True(share >= Floor, $"{found} of {queries.Count} ({share:0.000}) is under the floor {Floor}.");
    }

    /// <summary>The Latin names of the entities, by id ("un:QDi.012", "ofac-sdn:15007"), in reading order.</summary>
    private static Dictionary<string, List<string>> LatinNames(HashSet<string> ids)
    {
        var names = ids.ToDictionary(id => id, _ => new List<string>());
        var un = XDocument.Load(SharedData.Lists("un", "un_consolidated_2026-02-27.xml"));
        foreach (var record in un.Descendants().Where(e => e.Name.LocalName is "INDIVIDUAL" or "ENTITY"))
        {
            if (!names.TryGetValue($"un:{record.Element("REFERENCE_NUMBER")?.Value}", out var list)) continue;
            list.Add(string.Join(' ', UnNameParts.Select(n => record.Element(n)?.Value)));
            list.AddRange(record.Descendants("ALIAS_NAME").Select(a => a.Value));
        }
        var ofac = SharedData.Lists("ofac-sdn", "2023-12-28");
        foreach (var fields in File.ReadLines(Path.Combine(ofac, "sdn.csv")).Select(SplitCsv))
        {
            if (names.TryGetValue($"ofac-sdn:{fields[0]}", out var list)) list.Add(ReadingOrder(fields[1]));
        }
        foreach (var fields in File.ReadLines(Path.Combine(ofac, "alt.csv")).Select(SplitCsv))
        {
            if (names.TryGetValue($"ofac-sdn:{fields[0]}", out var list)) list.Add(ReadingOrder(fields[3]));
        }
        // Aliases in Arabic script are the queries' own kind, not a Latin spelling to find.
        foreach (var list in names.Values) list.RemoveAll(name => name.Length == 0 || Abjad.IsAbjad(name));
        return names;
    }

    /// <summary>OFAC writes "SURNAME, Given"; Abd and the article join the word after them, so read it "Given SURNAME".</summary>
    private static string ReadingOrder(string name) =>
        name.Split(", ", 2) is [var surname, var given] ? $"{given} {surname}" : name;

    /// <summary>A line of OFAC's CSV files: fields in double quotes or bare, no quotes inside fields.</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            var quoted = i < line.Length && line[i] == '"';
            var end = quoted ? line.IndexOf('"', i + 1) : line.IndexOf(',', i);
            if (end < 0) end = line.Length;
            fields.Add(quoted ? line[(i + 1)..end] : line[i..end].Trim());
            i = (quoted ? end + 1 : end) + 1;
        }
        return [.. fields];
    }
}
