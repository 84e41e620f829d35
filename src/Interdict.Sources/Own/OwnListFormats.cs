using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Own;

/// <summary>A firm's own block or allow-list as CSV: its first cell is the list header "# interdict-list: …".</summary>
public sealed class OwnCsvFormat : IListFormat
{
    public string Name => OwnCsvReader.Format;

    public bool Recognizes(FileHead head) => head.FirstRow(',') is [var first, ..] && OwnCsvReader.IsListHeader(first);

    public LoadedList Read(string path) => OwnCsvReader.Read(path);
}

/// <summary>A firm's own block or allow-list as JSON lines: its first line is {"interdict_list": …}.</summary>
public sealed class OwnJsonLinesFormat : IListFormat
{
    public string Name => OwnJsonLinesReader.Format;

    public bool Recognizes(FileHead head) => !head.IsXml && OwnJsonLinesReader.StartsWithListHeader(head.Text);

    public LoadedList Read(string path) => OwnJsonLinesReader.Read(path);
}
