using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ca;

/// <summary>Canada's consolidated autonomous sanctions list: root &lt;data-set&gt; of &lt;record&gt;s. The root name
/// alone is generic, so the first record's own field names must be there too.</summary>
public sealed class CaSemaFormat : IListFormat
{
    public string Name => CaSemaReader.Format;

    public bool Recognizes(FileHead head) =>
        head.XmlRoot == "data-set" && head.Text.Contains("<record>", StringComparison.Ordinal)
        && head.Text.Contains("<DateOfListing>", StringComparison.Ordinal);

    public LoadedList Read(string path) => CaSemaReader.Read(path);
}
