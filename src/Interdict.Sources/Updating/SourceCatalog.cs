using System.Text.RegularExpressions;
using Interdict.Core.Data;

namespace Interdict.Sources.Updating;

/// <summary>One official file to fetch.</summary>
/// <param name="Source">The folder it is kept in under the data directory, e.g. "un", "ofac-sdn".</param>
/// <param name="FileName">The name it is stored under.</param>
/// <param name="ByDefault">Whether an update without a choice of sources fetches it.</param>
public sealed record CatalogEntry(string Source, string FileName, Uri Url, bool ByDefault);

/// <summary>A catalogue or a choice of sources that cannot be used; nothing has been fetched.</summary>
public sealed class ListUpdateException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Where the official files are published: a table of source, file name, address and whether it is fetched by
/// default. The official catalogue ships inside the assembly (<c>official-sources.tsv</c>); a catalogue file of the
/// same columns replaces it, and a base address re-bases every entry onto a mirror.
/// </summary>
public sealed partial class SourceCatalog
{
    /// <summary>Names a mirror that serves every file as <c>&lt;base&gt;/&lt;source&gt;/&lt;file&gt;</c>.</summary>
    public const string BaseUrlVariable = "INTERDICT_LIST_BASE_URL";

    private static readonly string[] Columns = ["source", "file", "url", "default"];

    private SourceCatalog(IReadOnlyList<CatalogEntry> entries) => Entries = entries;

    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The publishers' own addresses.</summary>
    public static SourceCatalog Official { get; } = FromRows("official-sources.tsv", SourceTable.Read(typeof(SourceCatalog), "official-sources.tsv", Columns));

    /// <exception cref="ListUpdateException">The file is missing or a row is malformed; the message names the line.</exception>
    public static SourceCatalog ReadFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Parse(reader, path);
        }
        catch (IOException e)
        {
            throw new ListUpdateException($"catalogue {path}: cannot be read: {e.Message}", e);
        }
    }

    /// <exception cref="ListUpdateException">A row is malformed; the message names the line.</exception>
    public static SourceCatalog Parse(TextReader reader, string name)
    {
        try
        {
            return FromRows(name, EmbeddedTable.Parse(reader, name, Columns));
        }
        catch (InvalidDataException e)
        {
            throw new ListUpdateException($"catalogue {e.Message}", e);
        }
    }

    /// <summary>The same files, every one fetched from <c>&lt;baseUrl&gt;/&lt;source&gt;/&lt;file&gt;</c>: a mirror
    /// can be a plain copy of another machine's <c>current</c> directory.</summary>
    /// <exception cref="ListUpdateException">The base is not an absolute http(s) address.</exception>
    public SourceCatalog RebasedOnto(string baseUrl)
    {
        var root = HttpAddress(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/")
            ?? throw new ListUpdateException($"{BaseUrlVariable}: '{baseUrl}' is not an absolute http or https address");
        return new SourceCatalog([.. Entries.Select(e => e with
        {
            Url = new Uri(root, $"{Uri.EscapeDataString(e.Source)}/{Uri.EscapeDataString(e.FileName)}"),
        })]);
    }

    /// <summary>The entries named, in catalogue order; the default ones when none are named.</summary>
    /// <exception cref="ListUpdateException">A name is not in the catalogue.</exception>
    public IReadOnlyList<CatalogEntry> Select(IReadOnlyCollection<string> sources)
    {
        if (sources.Count == 0) return [.. Entries.Where(e => e.ByDefault)];
        var unknown = sources.Where(s => Entries.All(e => e.Source != s)).ToList();
        if (unknown.Count > 0)
            throw new ListUpdateException(
                $"no source {string.Join(", ", unknown.Select(u => $"'{u}'"))} in the catalogue; it has {string.Join(", ", Entries.Select(e => e.Source))}");
        return [.. Entries.Where(e => sources.Contains(e.Source))];
    }

    private static SourceCatalog FromRows(string name, IReadOnlyList<TableRow> rows)
    {
        var entries = new List<CatalogEntry>();
        foreach (var row in rows)
        {
            var entry = FromRow(row);
            if (entries.Any(e => e.Source == entry.Source))
                throw new ListUpdateException($"catalogue {row.Where}: source '{entry.Source}' is listed twice");
            entries.Add(entry);
        }
        if (entries.Count == 0) throw new ListUpdateException($"catalogue {name}: no sources");
        return new SourceCatalog(entries);
    }

    private static CatalogEntry FromRow(TableRow row)
    {
        ListUpdateException Problem(string problem) => new($"catalogue {row.Where}: {problem}");
        var source = row[0];
        if (!SourceName().IsMatch(source)) throw Problem($"source '{source}' must be lower-case letters, digits and hyphens");
        var file = row[1];
        if (file.Length == 0 || file is "." or ".." || file.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || file.Contains('\\'))
            throw Problem($"file '{file}' must be a plain file name");
        var url = HttpAddress(row[2]) ?? throw Problem($"url '{row[2]}' is not an absolute http or https address");
        var byDefault = row[3] switch
        {
            "yes" => true,
            "no" => false,
            var other => throw Problem($"default must be yes or no, not '{other}'"),
        };
        return new CatalogEntry(source, file, url, byDefault);
    }

    private static Uri? HttpAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SourceName();
}
