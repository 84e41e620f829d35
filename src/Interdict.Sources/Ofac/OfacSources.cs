namespace Interdict.Sources.Ofac;

/// <summary>OFAC's two lists, the SDN list and the consolidated non-SDN list, published in the same formats.</summary>
public static class OfacSources
{
    public const string Sdn = "ofac-sdn";
    public const string Consolidated = "ofac-cons";

    /// <summary>Only the publisher's file names tell the two lists apart ("cons_prim.csv", "CONSOLIDATED.xml",
    /// "CONS_ENHANCED.xml" against "sdn.csv", "SDN.XML", "SDN_ENHANCED.XML").</summary>
    public static string FromFileName(string path) =>
        Path.GetFileName(path).Contains("cons", StringComparison.OrdinalIgnoreCase) ? Consolidated : Sdn;
}
