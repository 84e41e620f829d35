using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ofac.Advanced;

/// <summary>OFAC's advanced XML, root &lt;Sanctions&gt;, for the SDN and the consolidated non-SDN list.</summary>
public sealed class OfacAdvancedFormat : IListFormat
{
    public string Name => OfacAdvancedReader.Format;

    public bool Recognizes(FileHead head) =>
        head.XmlRoot == "Sanctions" && OfacAdvancedReader.Namespaces.Contains(head.XmlNamespace ?? "");

    public LoadedList Read(string path) => OfacAdvancedReader.Read(OfacSources.FromFileName(path), path);
}
