using System.Security.Cryptography;
using System.Text.Json;
using Interdict.Sources.Updating;
using Interdict.Testing;

namespace Interdict.Sources.Tests.Updating;

/// <summary>A local server standing in for the publishers, the official catalogue re-based onto it, and a data
/// directory in scratch space: what every update test needs.</summary>
internal sealed class UpdateBench : IDisposable
{
    public static readonly string UnOld = SharedData.Lists("un", "un_consolidated_2025-12-09.xml");
    public static readonly string UnNew = SharedData.Lists("un", "un_consolidated_2026-02-27.xml");
    public static readonly string OfacConsOld = SharedData.Lists("ofac-cons", "xml", "CONSOLIDATED_2025-12-18.xml");
    public static readonly string OfsiOld = SharedData.Lists("uk", "OFSI_ConList_2023-06-05.xlsx");
    public static readonly string OfsiNew = SharedData.Lists("uk", "OFSI_ConList_2025-04-14.xlsx");

    private readonly ScratchDirectory _scratch = new();

    public LocalHttpServer Server { get; } = new();

    public SourceCatalog Catalog => SourceCatalog.Official.RebasedOnto(Server.BaseUrl.AbsoluteUri);

    public UpdateLayout Layout => new(DataDirectory);

    public string DataDirectory => _scratch.File("lists");

    /// <summary>Patient enough for a local server, quick to give up: two attempts, no wait between them.</summary>
    public UpdateOptions Options { get; set; } = new() { Attempts = 2, RetryDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(20) };

    public string Scratch(string name) => _scratch.File(name);

    public async Task<List<UpdateRecord>> Update(params string[] sources)
    {
        using var updater = new ListUpdater(DataDirectory, Options);
        var records = new List<UpdateRecord>();
        await foreach (var record in updater.UpdateAsync(Catalog.Select(sources))) records.Add(record);
        return records;
    }

    public List<JsonElement> Log() =>
        [.. File.ReadAllLines(Layout.Log).Select(line => JsonDocument.Parse(line).RootElement)];

    public string[] History(string source)
    {
        var directory = Path.Combine(DataDirectory, "history", source);
        return Directory.Exists(directory) ? Directory.GetFiles(directory) : [];
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        Server.Dispose();
        _scratch.Dispose();
    }
}
