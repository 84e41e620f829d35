namespace Interdict.Sources.Loading;

/// <summary>The list file formats recognised from a file's content.</summary>
public enum ListFormat
{
    Unknown,
    /// <summary>OFAC legacy CSV, main file (sdn.csv, cons_prim.csv): 12 columns.</summary>
    OfacCsvMain,
    /// <summary>OFAC legacy CSV addresses (add.csv, cons_add.csv): 6 columns.</summary>
    OfacCsvAddresses,
    /// <summary>OFAC legacy CSV aliases (alt.csv, cons_alt.csv): 5 columns.</summary>
    OfacCsvAliases,
    /// <summary>OFAC legacy CSV remark continuations (sdn_comments.csv, cons_comments.csv): 2 columns.</summary>
    OfacCsvComments,
    /// <summary>OFAC classic XML, root &lt;sdnList&gt;.</summary>
    OfacXml,
    /// <summary>UN Security Council consolidated XML, root &lt;CONSOLIDATED_LIST&gt;.</summary>
    UnXml,
    /// <summary>UK OFSI consolidated list as Excel.</summary>
    OfsiXlsx,
    /// <summary>UK OFSI consolidated list as CSV.</summary>
    OfsiCsv,
}

/// <summary>A file and what its content says it is.</summary>
/// <param name="Reason">For <see cref="ListFormat.Unknown"/>: what the file looked like instead.</param>
public sealed record DetectedFile(string Path, ListFormat Format, string? Reason = null)
{
    public bool IsOfacCsvPart => Format is ListFormat.OfacCsvMain or ListFormat.OfacCsvAddresses
        or ListFormat.OfacCsvAliases or ListFormat.OfacCsvComments;

    /// <summary>OFAC publishes the SDN and the consolidated non-SDN list in the same formats; only the publisher's
    /// file names tell them apart ("cons_prim.csv", "CONSOLIDATED.xml").</summary>
    public string OfacSourceId => System.IO.Path.GetFileName(Path).Contains("cons", StringComparison.OrdinalIgnoreCase)
        ? "ofac-cons"
        : "ofac-sdn";
}
