using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ofac.Enhanced;

/// <summary>OFAC's enhanced XML, root &lt;sanctionsData&gt;, for the SDN and the consolidated non-SDN list, plain
/// or as the single-file zip OFAC publishes.</summary>
public sealed class OfacEnhancedFormat : IListFormat
{
    public string Name => OfacEnhancedReader.Format;

    public bool Recognizes(FileHead head) =>
        head.XmlRoot == "sanctionsData" && head.XmlNamespace == OfacEnhancedReader.Namespace;

    public LoadedList Read(string path) => OfacEnhancedReader.Read(OfacSources.FromFileName(path), path);
}
