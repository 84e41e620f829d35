using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Uk;

/// <summary>The FCDO UK Sanctions List XML, root &lt;Designations&gt; without a namespace.</summary>
public sealed class FcdoXmlFormat : IListFormat
{
    public string Name => FcdoXmlReader.Format;

    public bool Recognizes(FileHead head) => head.XmlRoot == FcdoXmlReader.RootElement && head.XmlNamespace?.Length == 0;

    public LoadedList Read(string path) => FcdoXmlReader.Read(path);
}
