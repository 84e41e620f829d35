using System.CommandLine;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Cli.Commands;

/// <summary>Options several commands share, with their validation.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Lists() => new("--lists")
    {
        Description = "List files or directories, read in the format their content shows. Default: $INTERDICT_LISTS "
            + "(separated by the path separator) or the bundled lists under ../shared/lists.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "PATH",
    };

    public static Option<double> Threshold()
    {
        var option = new Option<double>("--threshold")
        {
            Description = $"Score in [0, 1] from which a result is a match (default {MatchingOptions.DefaultThreshold:0.00}).",
            DefaultValueFactory = _ => MatchingOptions.DefaultThreshold,
        };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double>();
            if (value is < 0 or > 1) r.AddError($"--threshold must be between 0 and 1, not {value}.");
        });
        return option;
    }

    public static Option<int> Limit(int defaultValue)
    {
        var option = new Option<int>("--limit")
        {
            Description = $"Most results per query (default {defaultValue}).",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--limit must be at least 1.");
        });
        return option;
    }

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed)} (default {defaultValue}).",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Schema? ParseSchema(string? text, string where) => Read(() => QueryFields.Schema(text, where));

    public static Gender ParseGender(string? text, string where) => Read(() => QueryFields.Gender(text, where));

    /// <inheritdoc cref="QueryFields.Identifiers"/>
    public static IReadOnlyList<QueryIdentifier> Identifiers(IEnumerable<string> values, string? imo) => QueryFields.Identifiers(values, imo);

    public static FuzzyDate? ParseBirthDate(string? text, string where) => Read(() => QueryFields.BirthDate(text, where));

    /// <inheritdoc cref="QueryFields.Countries"/>
    public static IReadOnlyList<string> ParseCountries(string? text, string where) => Read(() => QueryFields.Countries(text, where));

    /// <summary>A field the caller wrote wrongly is a usage error (exit code 2).</summary>
    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (QueryFieldException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
