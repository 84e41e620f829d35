using Interdict.Store.Monitoring;
using Interdict.Store.Parties;

namespace Interdict.Store;

/// <summary>Screens the monitored parties as they and the lists change, doing only the work a change requires, and
/// raises alerts for matches that are new or changed materially (see <see cref="Monitoring.MatchMateriality"/>).</summary>
public interface IPartyMonitor
{
    /// <summary>Records the parties (new ones added, changed ones given a new version, unchanged ones left alone) and
    /// screens the new and changed ones against the latest version of every source, all in one transaction.</summary>
    /// <param name="actor">Who imports, for the audit trail; the operating system's user when not given.</param>
    PartyImportResult ImportParties(IReadOnlyList<Party> parties, string? actor = null);

    /// <summary>Screens, oldest first, every list version not screened yet: its added and changed entities against
    /// every party, and closes the open alerts of the entities it removed as delisted. Each version in one
    /// transaction.</summary>
    /// <param name="actor">Who screens, for the audit trail; the operating system's user when not given.</param>
    IReadOnlyList<VersionScreening> ScreenNewListVersions(string? actor = null);
}
