using System.Globalization;
using System.Text;

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
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"name \"{MatchedName}\" {NameScore:0.00}: ");
        text.Append(string.Join(", ", Words.Select(Describe)));
        if (UnmatchedQueryWords.Count > 0)
            text.Append("; not found: ").Append(string.Join(", ", UnmatchedQueryWords));
        if (UnmatchedListWords.Count > 0)
            text.Append("; listed name also has: ").Append(string.Join(", ", UnmatchedListWords));
        foreach (var e in Evidence)
        {
            var verb = e.Outcome == EvidenceOutcome.Agrees ? "agrees" : "conflicts";
            text.Append(CultureInfo.InvariantCulture, $"; {e.Attribute} {verb} ({e.Detail}) {e.Effect:+0.00;-0.00}");
        }
        if (Cap is not null) text.Append("; ").Append(Cap);
        return text.ToString();
    }

    internal static string Describe(WordMatch m) => m.Kind switch
    {
        MatchKind.Exact => m.QueryWord,
        MatchKind.Transliterated => $"{m.QueryWord}={m.ListWord} (transliterated)",
        MatchKind.Equivalent => $"{m.QueryWord}={m.ListWord} (same meaning)",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{m.QueryWord}~{m.ListWord} ({m.Kind.ToString().ToLowerInvariant()} {m.Similarity:0.00})"),
    };
}
