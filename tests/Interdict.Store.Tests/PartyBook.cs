using CsvHelper;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Store.Parties;
using Interdict.Testing;

namespace Interdict.Store.Tests;

/// <summary>A party book made from the real data: parties named after entities OFAC added on 2024-05-01 (persons and
/// others), people of the US negatives set, and a party named after an entity OFAC removed on 2024-05-03.</summary>
internal static class PartyBook
{
    public const string DelistedEntNum = "38556";

    /// <summary>The ent_nums of the 2024-05-01 file that the 2024-04-26 file does not have: 10 persons and 10 others.</summary>
    public static IReadOnlyList<(string EntNum, string Name, bool Person)> AddedOnMay1()
    {
        var before = OfacHistory.RowsByEntNum(OfacHistory.Files[0]);
        var added = OfacHistory.RowsByEntNum(OfacHistory.Files[1])
            .Where(row => !before.ContainsKey(row.Key))
            .Select(row => row.Value.Split('\u001f'))
            .Select(fields => (EntNum: fields[0], Name: fields[1], Person: fields[2] == "individual"))
            .OrderBy(row => int.Parse(row.EntNum, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return [.. added.Where(a => a.Person).Take(10), .. added.Where(a => !a.Person).Take(10)];
    }

    public static List<Party> Parties()
    {
        var parties = AddedOnMay1().Select(a => new Party("A-" + a.EntNum, a.Name, a.Person ? "Person" : null)).ToList();
        using (var csv = CsvReader.FromText(File.ReadAllText(SharedData.Eval("negatives-us.csv")), new CsvReaderOptions { HasHeader = true }))
        {
            for (var i = 1; i <= 50 && csv.Read(); i++) parties.Add(new Party($"N-{i}", csv.GetString(0)!, "Person"));
        }
        var delisted = OfacHistory.RowsByEntNum(OfacHistory.Files[2])[DelistedEntNum].Split('\u001f')[1];
        parties.Add(new Party("D-" + DelistedEntNum, delisted));
        return parties;
    }

    /// <summary>The (party, entity) pairs that screening the parties against <paramref name="entities"/> alerts, found
    /// with an index over the entities as the list file gives them (the monitor reads them back from the store).</summary>
    public static HashSet<(string Party, string Entity)> ExpectedAlerts(IEnumerable<Party> parties, LoadedList list, IEnumerable<Entity> entities)
    {
        var index = ScreeningIndex.Build([list with { Entities = [.. entities] }]);
        return [.. parties.SelectMany(p => index.Screen(p.ToQuery(25)).Where(r => r.IsAlert).Select(r => (p.Id, r.Entity.Id)))];
    }
}
