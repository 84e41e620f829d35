using System.Globalization;
using System.Text.RegularExpressions;

namespace Interdict.Server.Tests.Operations;

/// <summary>The samples of a Prometheus text exposition (<c>name{label="value",...} number</c> lines), for asserting on
/// series by name and labels.</summary>
internal sealed partial class PrometheusText
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    public PrometheusText(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var match = Sample().Match(line);
            Assert.True(match.Success, $"not a sample line: {line}");
            var labels = Label().Matches(match.Groups["labels"].Value).ToDictionary(l => l.Groups["name"].Value, l => l.Groups["value"].Value);
            _samples.Add((match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)));
        }
    }

    public static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The value of the one series named <paramref name="name"/> whose labels include all of
    /// <paramref name="labels"/> (given as name, value, name, value…); 0 if there is none.</summary>
    public double Value(string name, params string[] labels)
    {
        var found = Series(name, labels).ToList();
        Assert.True(found.Count <= 1, $"{found.Count} series {name} match [{string.Join(", ", labels)}]");
        return found.Count == 0 ? 0 : found[0].Value;
    }

    public bool Has(string name, params string[] labels) => Series(name, labels).Any();

    private IEnumerable<(string Name, Dictionary<string, string> Labels, double Value)> Series(string name, string[] labels) =>
        _samples.Where(s => s.Name == name && Enumerable.Range(0, labels.Length / 2)
            .All(i => s.Labels.TryGetValue(labels[2 * i], out var value) && value == labels[2 * i + 1]));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)$")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>[^""]*)""")]
    private static partial Regex Label();
}
