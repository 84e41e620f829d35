using System.Text.Json;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ftm;

/// <summary>
/// Applies a FollowTheMoney delta file (JSON lines <c>{"op": "ADD" | "MOD" | "DEL", "entity": {...}}</c>, as yente
/// consumes OpenSanctions' delta exports) to a loaded FtM list, giving the next version.
/// <list type="bullet">
/// <item>The base version is replayed from its own files (its entity file, then the deltas already applied), whose
/// SHA-256 must still be the one recorded: a delta may change a sanction or an address a party draws on, so it is
/// applied to every entity of the list, not only to the screened parties.</item>
/// <item>ADD must bring a new id, MOD and DEL must name an id the list has. yente's indexer is laxer (ADD and MOD
/// both write the entity, DEL of a missing id does nothing); here such a line means the delta was made for another
/// version than the one it is applied to, and the whole delta is refused, naming the line.</item>
/// <item>The new version keeps the base's source id; its files are the base's plus this one (role "delta"), so its
/// hash covers them all; its date is the latest last_seen of any entity read.</item>
/// </list>
/// Nothing changes on error: the base is not touched, and the new version exists only when every line applied.
/// </summary>
public static class FtmDelta
{
    public const string Role = "delta";
    private const string MainRole = "main";

    /// <summary>Whether the file is an FtM delta (its first line has "op" and "entity"), for the loader to tell one
    /// from an entity file. Does not throw for files of other formats.</summary>
    public static bool Recognizes(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return FtmHead.IsDelta(head);
    }

    /// <exception cref="ListDataException">The base is not an FtM list or its files changed, or the delta is broken
    /// or does not fit the base; the message names the file and line.</exception>
    public static LoadedList Apply(LoadedList baseVersion, string deltaPath)
    {
        ArgumentNullException.ThrowIfNull(baseVersion);
        var version = baseVersion.Version;
        if (version.Format != FtmReader.Format)
        {
            throw new ListDataException(deltaPath, null,
                $"a FollowTheMoney delta applies to a FollowTheMoney list, not to {version.SourceId} ({version.Format})");
        }
        var store = new FtmStore();
        foreach (var file in version.Files)
        {
            EnsureUnchanged(file);
            if (file.Role == MainRole) FtmReader.ReadEntities(file.Path, store);
            else ApplyLines(file.Path, store);
        }
        ApplyLines(deltaPath, store);
        return FtmReader.Build(store, version.SourceId, [.. version.Files, ListVersionFactory.Describe(deltaPath, Role)]);
    }

    private static void EnsureUnchanged(SourceFile file)
    {
        string now;
        try
        {
            now = ListVersionFactory.Describe(file.Path, file.Role).Sha256;
        }
        catch (IOException e)
        {
            throw new ListDataException(file.Path, null, $"a file of the base version cannot be read again: {e.Message}", e);
        }
        if (now != file.Sha256)
        {
            throw new ListDataException(file.Path, null,
                "has changed since the base version was read from it (its SHA-256 differs): load the list again, then apply the delta");
        }
    }

    private static void ApplyLines(string path, FtmStore store)
    {
        FtmLines.Read(path, (line, json) =>
        {
            if (json.ValueKind != JsonValueKind.Object) throw new FormatException("a delta line is a JSON object with \"op\" and \"entity\"");
            var op = json.TryGetProperty("op", out var opValue) && opValue.ValueKind == JsonValueKind.String
                ? opValue.GetString()
                : throw new FormatException("the line has no \"op\" string");
            if (!json.TryGetProperty("entity", out var entity)) throw new FormatException($"{op} without an \"entity\"");
            switch (op)
            {
                case "ADD" or "MOD":
                    Write(op, FtmRecord.Parse(entity), store, path, line);
                    break;
                case "DEL":
                    var id = FtmRecord.IdOf(entity);
                    _ = store.Find(id) ?? throw new FormatException($"DEL of {id}, which the list does not have");
                    store.Remove(id);
                    break;
                default:
                    throw new FormatException($"unknown op \"{op}\" (a delta's ops are ADD, MOD and DEL)");
            }
        });
    }

    private static void Write(string op, FtmRecord record, FtmStore store, string path, int line)
    {
        FtmSchemata.Of(record.Schema);
        var existing = store.Find(record.Id);
        if (op == "ADD" && existing is not null)
            throw new FormatException($"ADD of {record.Id}, which the list already has ({existing.Where})");
        if (op == "MOD" && existing is null)
            throw new FormatException($"MOD of {record.Id}, which the list does not have");
        store.Put(record, path, line);
    }
}
