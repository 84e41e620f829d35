using Interdict.Core.Model;

namespace Interdict.Sources.Ftm;

/// <summary>The identifier properties of FtM parties (ftm-identifiers.tsv) and the identifiers they give.</summary>
internal static class FtmIdentifiers
{
    private sealed record Row(string Property, string Schema, IdentifierType Type, string Label);

    private static readonly Row[] Table =
    [
        .. SourceTable.Read(typeof(FtmIdentifiers), "ftm-identifiers.tsv", "property", "schema", "type", "label")
            .Select(row => new Row(row[0], row[1], Enum.Parse<IdentifierType>(row[2]), row[3])),
    ];

    /// <summary>Adds the party's identifier properties, in table order; a value already given by an earlier
    /// property (the same INN as innCode, taxNumber and idNumber) is kept once, under the earlier one.</summary>
    public static void Add(EntityBuilder builder, FtmRecord record)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Table)
        {
            if (row.Schema.Length > 0 && row.Schema != record.Schema) continue;
            if (row.Schema.Length == 0 && claimed.Contains(row.Property)) continue;
            if (row.Schema.Length > 0) claimed.Add(row.Property);
            foreach (var value in record[row.Property]) Add(builder, new Identifier(row.Type, value, Label: row.Label));
        }
    }

    /// <summary>Adds an identifier unless one of the same value is there already.</summary>
    public static void Add(EntityBuilder builder, Identifier identifier)
    {
        if (identifier.Normalized.Length == 0) return;
        if (builder.Identifiers.Exists(i => i.Normalized == identifier.Normalized)) return;
        builder.Identifiers.Add(identifier);
    }
}
