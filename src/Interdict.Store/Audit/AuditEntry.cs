using System.Text.Json.Nodes;

namespace Interdict.Store.Audit;

/// <summary>A change to record, before it is given its place in the chain: its kind and its facts as compact JSON.</summary>
internal sealed record AuditEntry(string Kind, string Payload)
{
    public static AuditEntry Of(string kind, JsonObject payload) => new(kind, payload.ToJsonString());
}
