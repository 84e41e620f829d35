using System.IO.Pipelines;
using Interdict.Core.Matching;
using Interdict.Server.Native;
using Interdict.Store.Parties;

namespace Interdict.Cli.Commands;

/// <summary>Reads a party book: CSV with a header or JSON lines, in the columns of a screening batch plus the caller's
/// id. Every row is read and checked before any is recorded, so a bad row refuses the whole file, naming the row.</summary>
internal static class PartiesFile
{
    public static List<Party> Read(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no party file {path}");
        using var stream = File.OpenRead(path);
        var input = PipeReader.Create(stream);
        var parties = new List<Party>();
        try
        {
            var rows = BatchRowReader.OpenAsync(input, null, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            foreach (var row in rows.ToBlockingEnumerable()) parties.Add(ToParty(row, path));
        }
        catch (BatchInputException e)
        {
            throw new UsageException($"{path}: {e.Message}; nothing was imported");
        }
        finally
        {
            input.Complete();
        }
        if (parties.Count == 0) throw new UsageException($"{path}: no parties in the file");
        return parties;
    }

    private static Party ToParty(BatchRow row, string path)
    {
        UsageException Refusal(string why) => new($"{path}: row {row.Row}: {why}; nothing was imported");
        if (row.Malformed is { } malformed) throw Refusal(malformed);
        if (string.IsNullOrWhiteSpace(row.Id)) throw Refusal("no id (each party needs the id you know it by)");
        var party = new Party(row.Id.Trim(), row.Name?.Trim() ?? "", row.Schema?.Trim(), row.BirthDate?.Trim(), row.Nationality?.Trim(),
            row.Country?.Trim(), row.Gender?.Trim(), row.IdNumber?.Trim(), row.Imo?.Trim());
        try
        {
            party.ToQuery(1);
        }
        catch (QueryFieldException e)
        {
            throw Refusal(e.Message);
        }
        return party;
    }
}
