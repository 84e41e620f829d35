using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Interdict.Store.Audit;

/// <summary>
/// How a record's hash is computed, so that anyone can check a chain: SHA-256, as lowercase hex, of the UTF-8 of the
/// fields previous hash, sequence number (decimal), time (<see cref="TimeText"/>), actor, kind and payload, each written
/// as its length in UTF-8 bytes (decimal), a colon, the field, and a newline — lengths make the fields unambiguous
/// whatever they contain.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Hash(string previousHash, long sequence, DateTimeOffset time, string actor, string kind, string payload)
    {
        var text = new StringBuilder();
        foreach (var field in new[] { previousHash, sequence.ToString(CultureInfo.InvariantCulture), TimeText(time), actor, kind, payload })
            text.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string Hash(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Hash(record.PreviousHash, record.Sequence, record.Time, record.Actor, record.Kind, record.Payload);
    }

    /// <summary>The time as hashed and exported: UTC, to the microsecond (what both databases keep), e.g.
    /// <c>2026-01-31T09:15:00.123456Z</c>.</summary>
    public static string TimeText(DateTimeOffset time) =>
        Microseconds(time).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The time in UTC without the sub-microsecond ticks a database would drop.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }
}
