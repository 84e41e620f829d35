using System.Text.Json;

namespace Interdict.Sources.Updating;

public enum UpdateOutcome
{
    /// <summary>A new version was checked and put in force (also the first fetch of a source).</summary>
    Updated,
    /// <summary>The file fetched is byte for byte the version in force; nothing was rewritten.</summary>
    Unchanged,
    /// <summary>The download or its check failed; the version in force, if any, stays.</summary>
    Failed,
}

/// <summary>What one fetch of one source did, as the update log records it.</summary>
/// <param name="FetchedAt">When the fetch started (UTC).</param>
/// <param name="Reason">Why it failed, naming the problem (HTTP status, timeout, the row the check refused).</param>
/// <param name="ListSource">The source id the loader gave the file (e.g. "ofac-sdn"), which prefixes entity ids.</param>
/// <param name="Current">The version in force after the fetch, relative to the data directory; null when none.</param>
/// <param name="Previous">Where the replaced version was kept, when this fetch replaced one.</param>
public sealed record UpdateRecord(string Source, Uri Url, DateTimeOffset FetchedAt, UpdateOutcome Outcome)
{
    public int? HttpStatus { get; init; }
    public long Bytes { get; init; }
    public string? Sha256 { get; init; }
    public string? Reason { get; init; }
    public string? Format { get; init; }
    public string? ListSource { get; init; }
    public DateOnly? Published { get; init; }
    public int? Entities { get; init; }
    public string? Current { get; init; }
    public string? Previous { get; init; }

    public void Write(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("source", Source);
        json.WriteString("url", Url.AbsoluteUri);
        json.WriteString("fetched_at", FetchedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
        json.WriteString("outcome", Outcome.ToString().ToLowerInvariant());
        WriteOrNull(json, "reason", Reason);
        if (HttpStatus is { } status) json.WriteNumber("http_status", status);
        else json.WriteNull("http_status");
        json.WriteNumber("bytes", Bytes);
        WriteOrNull(json, "sha256", Sha256);
        WriteOrNull(json, "format", Format);
        WriteOrNull(json, "list_source", ListSource);
        WriteOrNull(json, "published", Published?.ToString("yyyy-MM-dd"));
        if (Entities is { } entities) json.WriteNumber("entities", entities);
        else json.WriteNull("entities");
        WriteOrNull(json, "current", Current);
        WriteOrNull(json, "previous", Previous);
        json.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}
