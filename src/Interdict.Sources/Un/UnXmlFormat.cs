using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Un;

/// <summary>The UN Security Council consolidated list, root &lt;CONSOLIDATED_LIST&gt;.</summary>
public sealed class UnXmlFormat : IListFormat
{
    public string Name => UnXmlReader.Format;

    public bool Recognizes(FileHead head) => head.XmlRoot == "CONSOLIDATED_LIST";

    public LoadedList Read(string path) => UnXmlReader.Read(path);
}
