using System.Globalization;
using Interdict.Core.Matching;

namespace Interdict.Server.Yente;

/// <summary>Reads the query-string parameters of the yente endpoints. Lists are repeated parameters
/// (<c>include_dataset=un&amp;include_dataset=uk</c>), as FastAPI reads them. A value that cannot be read is a
/// <see cref="QueryFieldException"/> naming the parameter (yente answers 422 there; Interdict 400).</summary>
internal static class YenteParameters
{
    /// <summary>A score parameter (threshold, cutoff) in [0, 1].</summary>
    public static double Score(IQueryCollection query, string name, double fallback)
    {
        if (Single(query, name) is not { } text) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new QueryFieldException(name, $"'{text}' is not a score between 0 and 1.");
    }

    /// <summary>A count parameter (limit, offset) in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Count(IQueryCollection query, string name, int fallback, int min, int max)
    {
        if (Single(query, name) is not { } text) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new QueryFieldException(name, $"'{text}' is not a whole number between {min} and {max}.");
    }

    /// <summary>A true/false parameter, as FastAPI reads booleans.</summary>
    public static bool Flag(IQueryCollection query, string name, bool fallback) => Single(query, name)?.ToLowerInvariant() switch
    {
        null => fallback,
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        var text => throw new QueryFieldException(name, $"'{text}' is not true or false."),
    };

    /// <summary>Every value given for a repeated parameter, blanks dropped.</summary>
    public static IReadOnlyList<string> List(IQueryCollection query, string name) =>
        [.. query[name].OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0)];

    public static string? Single(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values && values[^1] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

}
