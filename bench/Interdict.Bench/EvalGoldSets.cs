using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Bench;

/// <summary>One crosslist query: a UK spelling of a party, and the id under which its target list carries it.</summary>
internal sealed record CrosslistCase(
    string Query, Schema? Schema, string Kind, string AliasQuality, string BirthDate, string Nationality,
    string TargetList, string Expected, string ListedName);

/// <summary>A generated person on no list.</summary>
internal sealed record NegativePerson(string Name, string BirthDate, string Nationality);

/// <summary>Two spellings of one name in different scripts, and the least score their comparison must reach.</summary>
internal sealed record CrossScriptPair(string Query, string Expected, double MinScore, string Description);

/// <summary>Reads the gold sets of ../shared/eval (described in ../shared/README.md, section eval/).</summary>
internal static class EvalGoldSets
{
    public static readonly string[] NegativeFiles = ["negatives-us.csv", "negatives-global-dev.csv"];

    public static List<CrosslistCase> Crosslist(string shared) =>
        File.ReadLines(Path.Combine(shared, "eval/crosslist-dev.jsonl")).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            string Field(string name) => row.GetProperty(name).GetString() ?? "";
            return new CrosslistCase(Field("query"), SchemaExtensions.Parse(Field("schema")), Field("kind"),
                Field("alias_quality"), Field("birth_date"), Field("nationality"), Field("target_list"),
                Field("expected"), Field("listed_name"));
        }).ToList();

    /// <summary>The people of one negatives file. Read as CSV proper: some Dutch names are quoted because they hold a
    /// comma ("Elin Bourgondië, van").</summary>
    public static List<NegativePerson> Negatives(string shared, string file) =>
        ReadCsv(Path.Combine(shared, "eval", file), field =>
            new NegativePerson(field("full_name"), field("date_of_birth"), field("nationality")))
        .Where(p => p.Name.Length > 0).ToList();

    public static List<CrossScriptPair> CrossScriptPairs(string shared) =>
        ReadCsv(Path.Combine(shared, "eval/cross-script-pairs.csv"), field =>
            new CrossScriptPair(field("query"), field("expected"),
                double.Parse(field("min_score"), CultureInfo.InvariantCulture), field("description")));

    /// <summary>A query with what else the gold set knows of the party: its birth date as the set writes it (UK
    /// "00/00/1964" or ISO) and its nationality, which may name several countries ("(1) Syria (2) Palestine").</summary>
    public static ScreeningQuery WithEvidence(ScreeningQuery query, string birthDate, string nationality) =>
        query with
        {
            BirthDate = DateParser.Parse(birthDate),
            Countries = string.IsNullOrWhiteSpace(nationality) ? null : Countries.CodesIn(nationality),
        };

    /// <summary>Reads a CSV file with a header, each row through <paramref name="read"/>, which gets the row's
    /// fields by column name.</summary>
    private static List<T> ReadCsv<T>(string path, Func<Func<string, string>, T> read)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = true,
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Throw,
        });
        csv.ReadHeader();
        var columns = csv.Headers.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        var rows = new List<T>();
        while (csv.Read()) rows.Add(read(name => csv.GetString(columns[name])));
        return rows;
    }
}
