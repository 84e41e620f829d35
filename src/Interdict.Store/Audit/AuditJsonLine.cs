using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Interdict.Store.Audit;

/// <summary>
/// A record as one line of JSON: <c>seq</c>, <c>time</c> (as hashed), <c>actor</c>, <c>kind</c>, <c>payload</c> (the
/// JSON text exactly as hashed, as a string), <c>previous_hash</c> and <c>hash</c> — everything needed to recompute the
/// hash and check that each line's previous hash is the hash of the line before.
/// </summary>
public static class AuditJsonLine
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new JsonObject
        {
            ["seq"] = record.Sequence,
            ["time"] = AuditChain.TimeText(record.Time),
            ["actor"] = record.Actor,
            ["kind"] = record.Kind,
            ["payload"] = record.Payload,
            ["previous_hash"] = record.PreviousHash,
            ["hash"] = record.Hash,
        }.ToJsonString(Options);
    }

    /// <summary>Reads a line written by <see cref="Of"/> back; the time is read from its text.</summary>
    public static AuditRecord Parse(string line)
    {
        var json = JsonNode.Parse(line)?.AsObject() ?? throw new FormatException("not a JSON object");
        string Text(string name) => json[name]?.GetValue<string>() ?? throw new FormatException($"no {name}");
        return new AuditRecord(json["seq"]?.GetValue<long>() ?? throw new FormatException("no seq"),
            DateTimeOffset.Parse(Text("time"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            Text("actor"), Text("kind"), Text("payload"), Text("previous_hash"), Text("hash"));
    }
}
