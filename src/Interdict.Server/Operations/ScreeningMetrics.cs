using Interdict.Core.Matching;
using Prometheus;

namespace Interdict.Server.Operations;

/// <summary>Which API screened a query: a label value of the screening metrics.</summary>
public enum ScreeningKind
{
    /// <summary><c>POST /v1/screen</c>.</summary>
    Screen,

    /// <summary>The yente-compatible <c>/match</c>.</summary>
    Match,

    /// <summary>A row of a streaming batch.</summary>
    Batch,
}

/// <summary>
/// Counts what the screening endpoints do: queries screened and alerts raised (matches no allow-list entry clears),
/// by <see cref="ScreeningKind"/>. The labelled series are made once, so recording a query costs two atomic adds —
/// cheap enough for every row of a batch.
/// </summary>
public sealed class ScreeningMetrics
{
    private readonly Counter.Child[] _screenings;
    private readonly Counter.Child[] _alerts;

    public ScreeningMetrics(IMetricFactory metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var screenings = metrics.CreateCounter("interdict_screenings_total", "Queries screened, by endpoint kind.", ["endpoint"]);
        var alerts = metrics.CreateCounter("interdict_alerts_total",
            "Results that are alerts (a match no allow-list entry clears), by endpoint kind.", ["endpoint"]);
        var kinds = Enum.GetValues<ScreeningKind>();
        _screenings = [.. kinds.Select(kind => screenings.WithLabels(Label(kind)))];
        _alerts = [.. kinds.Select(kind => alerts.WithLabels(Label(kind)))];
    }

    /// <summary>Records one screened query and its results.</summary>
    public void Record(ScreeningKind kind, IReadOnlyList<ScreeningResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        _screenings[(int)kind].Inc();
        var alerts = 0;
        foreach (var result in results)
        {
            if (result.IsAlert) alerts++;
        }
        if (alerts > 0) _alerts[(int)kind].Inc(alerts);
    }

    public static string Label(ScreeningKind kind) => kind switch
    {
        ScreeningKind.Screen => "screen",
        ScreeningKind.Match => "match",
        ScreeningKind.Batch => "batch",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
