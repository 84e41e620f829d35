using System.Globalization;

namespace Interdict.Core.Matching;

public enum EvidenceOutcome
{
    Agrees,
    Conflicts,
}

/// <summary>Something other than the name that raised or lowered the score.</summary>
/// <param name="Attribute">"birth date", "country" …</param>
/// <param name="Detail">What was compared, in words: "query 1962, listed 1958".</param>
/// <param name="Effect">What it did to the score (negative lowers).</param>
public sealed record Evidence(string Attribute, EvidenceOutcome Outcome, string Detail, double Effect);

/// <summary>Why a listed entity scored what it did, in parts and in plain words.</summary>
/// <param name="MatchedName">The listed name that scored best.</param>
/// <param name="NameScore">The name comparison alone.</param>
/// <param name="Words">The query words found in the listed name, and how.</param>
/// <param name="UnmatchedQueryWords">Query words not found in the listed name.</param>
/// <param name="UnmatchedListWords">Words of the listed name the query does not have.</param>
/// <param name="Cap">Why the score was held down, if it was (a weak name without confirmation).</param>
public sealed record MatchExplanation(
    string MatchedName,
    double NameScore,
    IReadOnlyList<WordMatch> Words,
    IReadOnlyList<string> UnmatchedQueryWords,
    IReadOnlyList<string> UnmatchedListWords,
    IReadOnlyList<Evidence> Evidence,
    string? Cap)
{
    /// <summary>The explanation as one line a reviewer can read.</summary>
    public override string ToString()
    {
        var parts = new List<string>
        {
            Words.Count == 0
                ? $"name \"{MatchedName}\": no word of the query matched"
                : string.Create(CultureInfo.InvariantCulture, $"name \"{MatchedName}\" {NameScore:0.00}: ") + string.Join(", ", Words.Select(Describe)),
        };
        if (UnmatchedQueryWords.Count > 0) parts.Add("not found: " + string.Join(", ", UnmatchedQueryWords));
        if (UnmatchedListWords.Count > 0) parts.Add("listed name also has: " + string.Join(", ", UnmatchedListWords));
        foreach (var e in Evidence)
        {
            var verb = e.Outcome == EvidenceOutcome.Agrees ? "agrees" : "conflicts";
            var effect = e.Effect == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" {e.Effect:+0.00;-0.00}");
            parts.Add($"{e.Attribute} {verb} ({e.Detail}){effect}");
        }
        if (Cap is not null) parts.Add(Cap);
        return string.Join("; ", parts);
    }

    internal static string Describe(WordMatch m) => m.Kind switch
    {
        MatchKind.Exact => m.QueryWord,
        MatchKind.Transliterated => $"{m.QueryWord}={m.ListWord} (transliterated)",
        MatchKind.Equivalent => $"{m.QueryWord}={m.ListWord} (same meaning)",
        MatchKind.Acronym => $"{m.QueryWord}={m.ListWord} (initials)",
        MatchKind.Joined => $"{m.QueryWord}={m.ListWord} (written joined)",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{m.QueryWord}~{m.ListWord} ({m.Kind.ToString().ToLowerInvariant()} {m.Similarity:0.00})"),
    };
}
