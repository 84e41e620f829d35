using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Sources.Ftm;

/// <summary>FollowTheMoney entity files: JSON lines whose first object has an id and a schema.</summary>
public sealed class FtmFormat : IListFormat
{
    public string Name => FtmReader.Format;

    public bool Recognizes(FileHead head) => FtmHead.IsEntityFile(head);

    public LoadedList Read(string path) => FtmReader.Read(path);
}
