using Interdict.Store.Sql;

namespace Interdict.Store.Parties;

/// <summary>The monitored parties in a SQL database.</summary>
internal sealed class SqlPartyStore(SqlDialect dialect) : IPartyStore
{
    public PartyPage List(string? search, int page, int limit)
    {
        // LIKE's own wildcards in the search text are matched as themselves.
        var pattern = string.IsNullOrWhiteSpace(search)
            ? "%"
            : "%" + search.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        const string Where = " WHERE LOWER(p.id) LIKE @pattern ESCAPE '\\' OR LOWER(p.name) LIKE @pattern ESCAPE '\\'";
        using var connection = dialect.OpenConnection();
        var total = Convert.ToInt32(connection.Scalar(null, "SELECT COUNT(*) FROM parties p" + Where, ("pattern", pattern)));
        var parties = connection.Query(null, PartyRows.SelectCurrent + Where + " ORDER BY p.id LIMIT @limit OFFSET @offset", PartyRows.Read,
            ("pattern", pattern), ("limit", limit), ("offset", (page - 1) * limit));
        return new PartyPage(parties, total);
    }

    public PartyRecord? Find(string partyId)
    {
        using var connection = dialect.OpenConnection();
        return connection.Query(null, PartyRows.SelectCurrent + " WHERE p.id = @id", PartyRows.Read, ("id", partyId)).SingleOrDefault();
    }

    public IReadOnlyList<PartyVersion> History(string partyId)
    {
        using var connection = dialect.OpenConnection();
        return connection.Query(null, "SELECT id, body, hash, imported_at FROM party_versions WHERE party_id = @id ORDER BY id",
            row => new PartyVersion(row.GetInt64(0), Party.FromJson(row.GetString(1)), row.GetString(2), row.GetFieldValue<DateTimeOffset>(3)),
            ("id", partyId));
    }
}
