using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ofac;

/// <summary>OFAC's classic XML, root &lt;sdnList&gt;, for the SDN and the consolidated non-SDN list.</summary>
public sealed class OfacXmlFormat : IListFormat
{
    public string Name => OfacXmlReader.Format;

    public bool Recognizes(FileHead head) => head.XmlRoot == "sdnList";

    public LoadedList Read(string path) => OfacXmlReader.Read(OfacSources.FromFileName(path), path);
}
