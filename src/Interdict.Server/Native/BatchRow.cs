using Interdict.Core.Matching;

namespace Interdict.Server.Native;

/// <summary>One row of a batch, as given; validated when it is turned into a query.</summary>
/// <param name="Row">1-based row number (CSV: data rows after the header; JSON lines: the line), for error messages.</param>
/// <param name="Malformed">Why the row could not be read at all (a JSON line that is not an object); the row is then
/// reported as an error and the batch goes on.</param>
public sealed record BatchRow(long Row, string? Id, string? Name, string? Schema, string? BirthDate, string? Nationality, string? Country)
{
    public string? Gender { get; init; }
    public string? IdNumber { get; init; }
    public string? Imo { get; init; }
    public string? Malformed { get; init; }

    /// <exception cref="QueryFieldException">A field cannot be read, or there is no name.</exception>
    public ScreeningQuery ToQuery(BatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Malformed is not null) throw new InvalidOperationException($"row {Row} could not be read: {Malformed}");
        return QueryFields.Query(Name, Schema, BirthDate, Nationality, Country, Gender, IdNumber, Imo) with
        {
            Sources = settings.Sources,
            Threshold = settings.Threshold,
            Limit = settings.Limit,
            IncludeNonMatches = settings.IncludeNonMatches,
        };
    }
}

/// <summary>What every query of a batch shares.</summary>
/// <param name="MaxRows">Most rows read; a batch with more stops there (<see cref="BatchSummary.Stopped"/>).</param>
public sealed record BatchSettings(IReadOnlySet<string>? Sources, double? Threshold, int Limit, bool IncludeNonMatches, long? MaxRows = null);

/// <summary>A row with its outcome: results, or the reason it could not be screened.</summary>
public readonly record struct BatchOutcome(BatchRow Row, IReadOnlyList<ScreeningResult> Results, string? Error);
