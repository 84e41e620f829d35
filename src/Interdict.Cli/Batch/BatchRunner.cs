using Interdict.Cli.Commands;
using Interdict.Core.Matching;

namespace Interdict.Cli.Batch;

/// <summary>What every query of a batch shares.</summary>
internal sealed record BatchSettings(IReadOnlySet<string>? Sources, double Threshold, int Limit, bool IncludeNonMatches);

/// <summary>A row with its outcome: results, or the reason it could not be screened.</summary>
internal sealed record BatchOutcome(BatchRow Row, IReadOnlyList<ScreeningResult> Results, string? Error);

/// <summary>
/// Screens a batch in chunks: each chunk is screened on every core, then written in input order. Only one chunk is
/// held at a time, so memory stays flat however long the input.
/// </summary>
internal static class BatchRunner
{
    private const int ChunkSize = 512;

    public static (long Rows, long Errors, string? FirstError) Run(
        IEnumerable<BatchRow> rows, ScreeningIndex index, BatchSettings settings, IBatchWriter writer, Action<long>? progress)
    {
        long total = 0, errors = 0;
        string? firstError = null;
        var chunk = new List<BatchRow>(ChunkSize);
        var outcomes = new BatchOutcome[ChunkSize];

        void Flush()
        {
            Parallel.For(0, chunk.Count, i => outcomes[i] = Screen(chunk[i], index, settings));
            for (var i = 0; i < chunk.Count; i++)
            {
                var outcome = outcomes[i];
                if (outcome.Error is not null && errors++ == 0) firstError = $"row {outcome.Row.Row}: {outcome.Error}";
                writer.Write(outcome);
            }
            total += chunk.Count;
            chunk.Clear();
            progress?.Invoke(total);
        }

        foreach (var row in rows)
        {
            chunk.Add(row);
            if (chunk.Count == ChunkSize) Flush();
        }
        if (chunk.Count > 0) Flush();
        writer.Complete();
        return (total, errors, firstError);
    }

    private static BatchOutcome Screen(BatchRow row, ScreeningIndex index, BatchSettings settings)
    {
        if (string.IsNullOrWhiteSpace(row.Name)) return new BatchOutcome(row, [], "no name");
        try
        {
            var countries = CommonOptions.ParseCountries(row.Nationality, "nationality")
                .Concat(CommonOptions.ParseCountries(row.Country, "country")).Distinct().ToArray();
            var query = new ScreeningQuery(
                row.Name,
                CommonOptions.ParseSchema(row.Schema, "schema"),
                CommonOptions.ParseBirthDate(row.BirthDate, "birth_date"),
                countries,
                settings.Sources,
                settings.Threshold,
                settings.Limit,
                settings.IncludeNonMatches,
                CommonOptions.ParseGender(row.Gender, "gender"),
                CommonOptions.Identifiers(row.IdNumber is null ? [] : [row.IdNumber], row.Imo));
            return new BatchOutcome(row, index.Screen(query), null);
        }
        catch (UsageException e)
        {
            return new BatchOutcome(row, [], e.Message);
        }
    }
}
