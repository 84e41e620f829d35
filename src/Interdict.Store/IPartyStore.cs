using Interdict.Store.Parties;

namespace Interdict.Store;

/// <summary>The parties the firm monitors, with every state of their data. Parties are imported, and screened, through
/// <see cref="IPartyMonitor.ImportParties"/>.</summary>
public interface IPartyStore
{
    /// <summary>Parties by id; those whose id or name contains <paramref name="search"/> (any case) when given.</summary>
    /// <param name="page">1-based.</param>
    PartyPage List(string? search, int page, int limit);

    PartyRecord? Find(string partyId);

    /// <summary>Every state of the party's data, oldest first; empty for an unknown party.</summary>
    IReadOnlyList<PartyVersion> History(string partyId);
}
