using System.Text.Json;

namespace Interdict.Store.Alerts;

/// <summary>Statuses and decisions as the store and the command line write them: "true_match", "false_positive" …;
/// read back with '-' taken for '_', so "true-match" is read too.</summary>
public static class AlertStatusText
{
    public static string ToText(this AlertStatus status) => Name(status);

    public static string ToText(this AlertDecisionKind decision) => Name(decision);

    public static AlertStatus ParseStatus(string text) =>
        Parse<AlertStatus>(text) ?? throw new StoreException($"'{text}' is not an alert status ({Names<AlertStatus>()})");

    public static AlertDecisionKind ParseDecision(string text) =>
        Parse<AlertDecisionKind>(text) ?? throw new StoreException($"'{text}' is not a decision ({Names<AlertDecisionKind>().Replace('_', '-')})");

    /// <summary>The status a decision gives an alert.</summary>
    public static AlertStatus Outcome(this AlertDecisionKind decision) => decision switch
    {
        AlertDecisionKind.TrueMatch => AlertStatus.TrueMatch,
        AlertDecisionKind.FalsePositive => AlertStatus.FalsePositive,
        _ => AlertStatus.Escalated,
    };

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Name));

    private static T? Parse<T>(string text) where T : struct, Enum
    {
        var key = text.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var value in Enum.GetValues<T>())
        {
            if (Name(value) == key) return value;
        }
        return null;
    }
}
