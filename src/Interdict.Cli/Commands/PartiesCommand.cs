using System.CommandLine;
using Interdict.Store;
using Interdict.Store.Alerts;
using Interdict.Store.Parties;

namespace Interdict.Cli.Commands;

/// <summary><c>interdict parties import|list|show</c>: the parties the firm monitors, screened as they and the lists
/// change.</summary>
internal static class PartiesCommand
{
    public static Command Create(CliConsole console) => new("parties", "Import the parties you monitor, list them, and show one with its history and alerts.")
    {
        Import(console),
        List(console),
        Show(console),
    };

    private static Command Import(CliConsole console)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "CSV with a header, or JSON lines: id, name, and optionally schema, birth_date, nationality, country, gender, "
                + "id_number, imo — the columns of a screening batch. New and changed parties are screened against the latest "
                + "version of every list in the store; unchanged ones are left alone.",
        };
        var store = ListsHistoryStore.Option();
        var actor = AuditActorOption.Create();
        var import = new Command("import", "Record parties (new, changed, unchanged by their data) and screen the new and changed ones; "
            + "a bad row refuses the whole file.") { file, store, actor };
        import.SetAction(parsed =>
        {
            var parties = PartiesFile.Read(parsed.GetValue(file)!);
            return ListsHistoryStore.Use(parsed.GetValue(store), opened =>
            {
                var result = opened.Monitor.ImportParties(parties, parsed.GetValue(actor));
                console.Out.WriteLine($"parties: {result.Added:N0} added, {result.Changed:N0} changed, {result.Unchanged:N0} unchanged; "
                    + $"{result.Added + result.Changed:N0} screened against {result.EntitiesScreened:N0} listed entities: "
                    + $"{result.AlertsRaised.Count:N0} alerts raised, {result.AlertsClosed:N0} closed");
                return CliApp.Done;
            });
        });
        return import;
    }

    private static Command List(CliConsole console)
    {
        var search = new Option<string?>("--search") { Description = "Only parties whose id or name contains this text (any case)." };
        var page = AlertsText.PageOption();
        var limit = CommonOptions.Limit(50);
        var store = ListsHistoryStore.Option();
        var list = new Command("list", "The monitored parties, by id.") { search, page, limit, store };
        list.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var found = opened.Parties.List(parsed.GetValue(search), parsed.GetValue(page), parsed.GetValue(limit));
            console.Out.WriteLine($"{found.Total:N0} parties; page {parsed.GetValue(page)}");
            foreach (var party in found.Parties) console.Out.WriteLine($"{party.Data.Id,-16}  {Describe(party.Data)}");
            return CliApp.Done;
        }));
        return list;
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The party's id." };
        var store = ListsHistoryStore.Option();
        var show = new Command("show", "A party's data, the history of its data, and its alerts.") { id, store };
        show.SetAction(parsed => ListsHistoryStore.Use(parsed.GetValue(store), opened =>
        {
            var partyId = parsed.GetValue(id)!;
            var party = opened.Parties.Find(partyId) ?? throw new UsageException($"no party {partyId} in {opened.Description}");
            console.Out.WriteLine($"{party.Data.Id}  {Describe(party.Data)}");
            console.Out.WriteLine("history:");
            foreach (var version in opened.Parties.History(partyId))
                console.Out.WriteLine($"  {version.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {Describe(version.Data)}");
            var alerts = opened.Alerts.List(new AlertFilter(PartyId: partyId, Limit: 1000)).Alerts;
            console.Out.WriteLine($"alerts: {alerts.Count}");
            AlertsText.WriteTable(console.Out, alerts);
            return CliApp.Done;
        }));
        return show;
    }

    /// <summary>"KORZHAVIN, Yurii (schema Person, birth_date 1970)".</summary>
    private static string Describe(Party party)
    {
        var known = party.Fields.Skip(1).Where(f => f.Value is not null).Select(f => $"{f.Field} {f.Value}").ToList();
        return known.Count == 0 ? party.Name : $"{party.Name} ({string.Join(", ", known)})";
    }
}
