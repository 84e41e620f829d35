using Interdict.Store.Alerts;
using Interdict.Store.Parties;

namespace Interdict.Store.Tests;

/// <summary>Monitored parties screened on import and on list changes, on the real OFAC SDN daily history; run once per
/// database, each test on a fresh store.</summary>
public abstract class PartyMonitorTests<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private readonly TStore _database = new();
    private readonly IInterdictStore _store;

    protected PartyMonitorTests() => _store = InterdictStore.Open(_database.Location);

    private List<(string Party, string Entity)> Pairs(IEnumerable<long> alertIds) =>
        [.. alertIds.Select(id => _store.Alerts.Find(id)!).Select(a => (a.PartyId, a.EntityId))];

    private List<AlertRecord> AllAlerts() => [.. _store.Alerts.List(new AlertFilter(Limit: 10_000)).Alerts];

    /// <summary>Each alert's id, status and last change: what "no alert raised or settled" compares.</summary>
    private List<string> AlertStates() => [.. AllAlerts().Select(a => $"{a.Id} {a.Status} {a.UpdatedAt:O}")];

    [Fact]
    public void Parties_are_alerted_exactly_when_the_entities_named_after_them_are_listed_and_closed_when_delisted()
    {
        var lists = OfacHistory.Lists;
        var book = PartyBook.Parties();
        _store.ListVersions.Import(lists[0]);
        Assert.Equal(0, Assert.Single(_store.Monitor.ScreenNewListVersions()).PartiesScreened);

        // On 2024-04-26 none of the entities added on 05-01 is listed: the alerts are those the listed entities give.
        var imported = _store.Monitor.ImportParties(book);
        Assert.Equal((book.Count, 0, 0, lists[0].Entities.Count), (imported.Added, imported.Changed, imported.Unchanged, imported.EntitiesScreened));
        var onApril26 = PartyBook.ExpectedAlerts(book, lists[0], lists[0].Entities);
        Assert.Equal(onApril26, Pairs(imported.AlertsRaised).ToHashSet());
        Assert.Equal(imported.AlertsRaised.Count, onApril26.Count);
        Assert.Contains(("D-" + PartyBook.DelistedEntNum, "ofac-sdn:" + PartyBook.DelistedEntNum), onApril26);
        var added = PartyBook.AddedOnMay1().Select(a => "ofac-sdn:" + a.EntNum).ToHashSet();
        Assert.DoesNotContain(onApril26, pair => added.Contains(pair.Entity));

        // 05-01 adds 298 entities: only they are screened, and each party named after one is alerted on it.
        _store.ListVersions.Import(lists[1]);
        var may1 = Assert.Single(_store.Monitor.ScreenNewListVersions());
        Assert.Equal((book.Count, 298), (may1.PartiesScreened, may1.EntitiesScreened));
        var previousIds = lists[0].Entities.Select(e => e.Id).ToHashSet();
        var expectedMay1 = PartyBook.ExpectedAlerts(book, lists[1], lists[1].Entities.Where(e => !previousIds.Contains(e.Id)));
        Assert.Equal(expectedMay1, Pairs(may1.AlertsRaised).ToHashSet());
        Assert.Equal(may1.AlertsRaised.Count, expectedMay1.Count);
        Assert.All(PartyBook.AddedOnMay1(), a => Assert.Contains(("A-" + a.EntNum, "ofac-sdn:" + a.EntNum), expectedMay1));
        Assert.Equal(AllAlerts().Count, AllAlerts().Select(a => (a.PartyId, a.EntityId)).Distinct().Count());

        // 05-02 adds 7; 05-03 removes 8, among them the entity a party is named after, whose alert closes as delisted.
        _store.ListVersions.Import(lists[2]);
        _store.ListVersions.Import(lists[3]);
        var (may2, may3) = _store.Monitor.ScreenNewListVersions() switch { [var a, var b] => (a, b), var other => throw new InvalidOperationException($"{other.Count} screenings") };
        var beforeMay2 = lists[1].Entities.Select(e => e.Id).ToHashSet();
        Assert.Equal(PartyBook.ExpectedAlerts(book, lists[2], lists[2].Entities.Where(e => !beforeMay2.Contains(e.Id))), Pairs(may2.AlertsRaised).ToHashSet());
        Assert.Equal((0, 0), (may3.EntitiesScreened, may3.AlertsRaised.Count));
        var delisted = Assert.Single(AllAlerts(), a => a.Status == AlertStatus.Delisted);
        Assert.Equal(("D-" + PartyBook.DelistedEntNum, "ofac-sdn:" + PartyBook.DelistedEntNum), (delisted.PartyId, delisted.EntityId));
        Assert.Equal($"removed from ofac-sdn in list version {may3.ListVersionId}", delisted.Resolution);
        Assert.Equal(1, may3.AlertsClosed);

        // The same book again: nothing changed, nothing screened, nothing raised.
        var alertsBefore = AlertStates();
        var again = _store.Monitor.ImportParties(PartyBook.Parties());
        Assert.Equal((0, 0, book.Count, 0, 0), (again.Added, again.Changed, again.Unchanged, again.EntitiesScreened, again.AlertsRaised.Count));
        Assert.Equal(alertsBefore, AlertStates());

        // A false positive holds until the match changes: here the party's birth date is given, and agrees.
        var person = PartyBook.AddedOnMay1().First(a => a.Person && lists[1].Entities.Single(e => e.Id == "ofac-sdn:" + a.EntNum).BirthDates.Count > 0);
        var entity = lists[1].Entities.Single(e => e.Id == "ofac-sdn:" + person.EntNum);
        var alert = AllAlerts().Single(a => a.PartyId == "A-" + person.EntNum && a.EntityId == entity.Id);
        Assert.Throws<StoreException>(() => _store.Alerts.Decide(alert.Id, AlertDecisionKind.FalsePositive, "analyst", " "));
        _store.Alerts.Decide(alert.Id, AlertDecisionKind.FalsePositive, "analyst", "our customer is another person of that name");
        Assert.Equal(AlertStatus.FalsePositive, _store.Alerts.Find(alert.Id)!.Status);
        Assert.Throws<StoreException>(() => _store.Alerts.Decide(alert.Id, AlertDecisionKind.TrueMatch, "analyst", "changed my mind"));

        var birthDate = entity.BirthDates[0].ToString();
        var changedBook = PartyBook.Parties().Select(p => p.Id == alert.PartyId ? p with { BirthDate = birthDate } : p).ToList();
        var changed = _store.Monitor.ImportParties(changedBook);

        Assert.Equal((0, 1, book.Count - 1), (changed.Added, changed.Changed, changed.Unchanged));
        var back = changed.AlertsRaised.Select(id => _store.Alerts.Find(id)!).Single(a => a.EntityId == entity.Id);
        Assert.All(changed.AlertsRaised.Select(id => _store.Alerts.Find(id)!), a => Assert.Equal(alert.PartyId, a.PartyId));
        Assert.Equal((AlertStatus.Open, (long?)alert.Id), (back.Status, back.PreviousAlertId));
        Assert.Contains($"party birth_date: (none) → {birthDate}", back.Changes);
        Assert.Contains("now: birth date agrees", back.Changes);
        Assert.Equal(AlertStatus.FalsePositive, _store.Alerts.Find(alert.Id)!.Status);
        Assert.Equal(2, _store.Parties.History(alert.PartyId).Count);
    }

    [Fact]
    public void A_party_import_that_fails_halfway_leaves_the_store_as_it_was()
    {
        _store.ListVersions.Import(OfacHistory.Lists[0]);
        var good = new Party("P-1", "EMPEROR AVIATION LTD");
        var bad = new Party("P-2", "SOMEONE", BirthDate: "31 Febtember");

        Assert.Throws<Core.Matching.QueryFieldException>(() => _store.Monitor.ImportParties([good, bad]));
        Assert.Throws<StoreException>(() => _store.Monitor.ImportParties([good, good with { Name = "OTHER" }]));

        Assert.Equal(0, _store.Parties.List(null, 1, 10).Total);
        Assert.Equal(0, _store.Alerts.List(new AlertFilter()).Total);
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePartyMonitorTests : PartyMonitorTests<SqliteStoreUnderTest>;

public sealed class PostgresPartyMonitorTests : PartyMonitorTests<PostgresStoreUnderTest>;
