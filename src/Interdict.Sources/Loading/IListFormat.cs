using Interdict.Core.Model;

namespace Interdict.Sources.Loading;

/// <summary>
/// One list file format: how to recognise a file of it from its content, and how to read one. Every format is
/// listed once in <see cref="ListFormats.All"/>; the loader tries them in that order.
/// </summary>
public interface IListFormat
{
    /// <summary>The format's name as users see it, e.g. "UN consolidated XML".</summary>
    string Name { get; }

    /// <summary>Whether the file's content is this format. Must not throw for content of other formats.</summary>
    bool Recognizes(FileHead head);

    /// <summary>Reads a whole file as one list version.</summary>
    /// <exception cref="ListDataException">The file is damaged or breaks the format; the message names the row.</exception>
    LoadedList Read(string path);
}
