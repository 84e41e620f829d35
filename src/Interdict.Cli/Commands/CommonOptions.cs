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

    public static Schema? ParseSchema(string? text, string where) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : SchemaExtensions.Parse(text)
              ?? throw new UsageException($"{where}: '{text}' is not a schema (Person, Organization, Company, PublicBody, Vessel, Aircraft).");

    public static Gender ParseGender(string? text, string where) =>
        string.IsNullOrWhiteSpace(text)
            ? Gender.Unknown
            : GenderParser.Parse(text) is var gender and not Gender.Unknown
                ? gender
                : throw new UsageException($"{where}: '{text}' is not a gender (male or female).");

    /// <summary>Identifiers of any kind, and an IMO number as one of its kind (a different IMO is a conflict).</summary>
    public static IReadOnlyList<QueryIdentifier> Identifiers(IEnumerable<string> values, string? imo) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new QueryIdentifier(v)),
         .. string.IsNullOrWhiteSpace(imo) ? [] : new[] { new QueryIdentifier(imo.Replace("IMO", "", StringComparison.OrdinalIgnoreCase), IdentifierType.Imo) }];

    public static FuzzyDate? ParseBirthDate(string? text, string where) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : DateParser.Parse(text)
              ?? throw new UsageException($"{where}: '{text}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).");

    /// <summary>The countries a query field names: one country as a name or an ISO code in any case ("ru" — given
    /// on purpose, unlike in list text where only capitals are codes), or several ("(1) Israel (2) Latvia").</summary>
    public static IReadOnlyList<string> ParseCountries(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var trimmed = text.Trim();
        var asCode = trimmed.Length is 2 or 3 && trimmed.All(char.IsAsciiLetter) ? Countries.ToCode(trimmed.ToUpperInvariant()) : null;
        if ((asCode ?? Countries.ToCode(trimmed)) is { } code) return [code];
        var named = Countries.CodesIn(trimmed);
        return named.Count > 0 ? named : throw new UsageException($"{where}: '{text}' is not a country name or ISO code.");
    }
}
