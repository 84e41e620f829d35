using Interdict.Sources.Ofac;

namespace Interdict.Sources.Loading;

/// <summary>The files of an OFAC legacy CSV set, told apart by their column counts.</summary>
public enum OfacCsvPart
{
    /// <summary>sdn.csv, cons_prim.csv: 12 columns. Alone it is a valid list, poorer in aliases.</summary>
    Main,
    /// <summary>add.csv, cons_add.csv: 6 columns.</summary>
    Addresses,
    /// <summary>alt.csv, cons_alt.csv: 5 columns.</summary>
    Aliases,
    /// <summary>sdn_comments.csv, cons_comments.csv: 2 columns of remark continuations.</summary>
    Comments,
}

/// <summary>A file and what its content says it is: a list format, a part of an OFAC CSV set, a FollowTheMoney
/// delta to apply to a loaded list, or none of these.</summary>
/// <param name="Reason">When none: what the file looked like instead.</param>
public sealed record DetectedFile(string Path, IListFormat? Format, OfacCsvPart? OfacPart, bool IsFtmDelta = false, string? Reason = null)
{
    public bool IsKnown => Format is not null || OfacPart is not null || IsFtmDelta;

    public string OfacSourceId => OfacSources.FromFileName(Path);
}
