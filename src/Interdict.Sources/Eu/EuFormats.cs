using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Eu;

/// <summary>The EU Financial Sanctions File XML 1.1: root &lt;export&gt; in the EU's export namespace.</summary>
public sealed class EuXmlFormat : IListFormat
{
    public string Name => EuFsfReader.XmlFormat;

    public bool Recognizes(FileHead head) => head.XmlRoot == "export" && head.XmlNamespace == EuXmlFile.Namespace;

    public LoadedList Read(string path) => EuFsfReader.ReadXml(path);
}

/// <summary>The EU Financial Sanctions File CSV 1.1: ';' separated, the header naming Entity_LogicalId.</summary>
public sealed class EuCsvFormat : IListFormat
{
    public string Name => EuFsfReader.CsvFormat;

    public bool Recognizes(FileHead head) => head.FirstRow(';').Contains("Entity_LogicalId");

    public LoadedList Read(string path) => EuFsfReader.ReadCsv(path);
}
