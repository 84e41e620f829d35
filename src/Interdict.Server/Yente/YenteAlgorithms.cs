using System.Text.Json;
using Interdict.Core.Matching;

namespace Interdict.Server.Yente;

/// <summary>
/// The matching algorithms the yente endpoints accept: Interdict's matcher, under its own name and under the name of
/// yente's default (<c>logic-v1</c>), so that clients that ask for yente's default by name keep working; and
/// <c>best</c>, which yente resolves to its best algorithm. Every name serves the same matcher. The features are
/// Interdict's: what the matcher weighed, per result.
/// </summary>
internal static class YenteAlgorithms
{
    public const string Interdict = "interdict-v1";
    public const string YenteDefault = "logic-v1";
    public const string Best = "best";

    private const string DocsUrl = "docs/api.md#matching-algorithms";

    private static readonly (string Name, string Description)[] Listed =
    [
        (Interdict, "Interdict's matcher: names compared word by word across scripts and transliterations (fuzzy, " +
            "phonetic, equivalent and joined words, initials), the best listed name of each entity counts; birth date, " +
            "country, gender and identifiers raise or lower the score; weak names alone stay under the threshold."),
        (YenteDefault, "Accepted for clients that ask for yente's default algorithm by name: served by Interdict's " +
            "matcher (interdict-v1), with its scores and features, not by yente's logic-v1."),
    ];

    /// <summary>The features a result may carry: name, description, and the coefficient (1: the value is already
    /// the score's share).</summary>
    private static readonly (string Name, string Description)[] Features =
    [
        ("name_score", "The query's name against the entity's best listed name, 0 to 1."),
        ("birth_date_agrees", "Birth dates overlap: added to the score."),
        ("birth_date_conflicts", "Birth dates differ (less when only the month or day differs): taken off the score."),
        ("country_agrees", "A country of the query is one of the entity's: added to the score."),
        ("country_conflicts", "No country of the query is one of the entity's: taken off the score."),
        ("gender_conflicts", "The genders differ: taken off the score."),
        ("identifier_match", "An identifier of the query is the entity's (1): the score is at least 0.95."),
        ("identifier_conflicts", "An IMO number or aircraft serial differs: taken off the score."),
        ("weak_name_cap", "Only a weak name matched, without a confirming birth date or identifier (1): the score is held under the threshold."),
    ];

    /// <summary>The algorithm asked for, or the default when none is.</summary>
    /// <exception cref="QueryFieldException">Not one of the listed names nor <c>best</c>.</exception>
    public static string Resolve(string? name) => name switch
    {
        null or Best => Interdict,
        _ when Array.Exists(Listed, a => a.Name == name) => name,
        _ => throw new QueryFieldException("algorithm", $"'{name}' is not an algorithm here ({string.Join(", ", Listed.Select(a => a.Name))} or {Best})."),
    };

    /// <summary><c>GET /algorithms</c>: <c>{"algorithms": [...], "default", "best"}</c>.</summary>
    public static void WriteList(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("algorithms");
        foreach (var (name, _) in Listed) WriteAlgorithm(json, name);
        json.WriteEndArray();
        json.WriteString("default", Interdict);
        json.WriteString("best", Interdict);
        json.WriteEndObject();
    }

    /// <summary>One algorithm as <c>{"name", "description", "features": {name: {"description", "coefficient", "url"}}}</c>.</summary>
    public static void WriteAlgorithm(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("description", Array.Find(Listed, a => a.Name == name).Description);
        json.WriteStartObject("features");
        foreach (var (feature, description) in Features)
        {
            json.WriteStartObject(feature);
            json.WriteString("description", description);
            json.WriteNumber("coefficient", 1);
            json.WriteString("url", DocsUrl);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A result's features: the name score, and each piece of evidence that moved the score.</summary>
    public static void WriteFeatures(Utf8JsonWriter json, ScreeningResult result)
    {
        json.WriteStartObject("features");
        json.WriteNumber("name_score", Math.Round(result.Explanation.NameScore, 4));
        foreach (var evidence in result.Explanation.Evidence)
        {
            if (evidence is { Attribute: "identifier", Outcome: EvidenceOutcome.Agrees })
            {
                json.WriteNumber("identifier_match", 1);
                continue;
            }
            var outcome = evidence.Outcome == EvidenceOutcome.Agrees ? "agrees" : "conflicts";
            json.WriteNumber($"{evidence.Attribute.Replace(' ', '_')}_{outcome}", Math.Round(evidence.Effect, 4));
        }
        if (result.Explanation.Cap is not null) json.WriteNumber("weak_name_cap", 1);
        json.WriteEndObject();
    }
}
