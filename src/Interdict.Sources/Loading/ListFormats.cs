using Interdict.Sources.Au;
using Interdict.Sources.Ca;
using Interdict.Sources.Eu;
using Interdict.Sources.Ftm;
using Interdict.Sources.Ofac;
using Interdict.Sources.Own;
using Interdict.Sources.Uk;
using Interdict.Sources.Un;
using Interdict.Sources.UsCsl;

namespace Interdict.Sources.Loading;

/// <summary>Every list format Interdict reads as a file of its own. (OFAC's legacy CSV sets, several files that
/// form one list, are assembled by the loader.)</summary>
public static class ListFormats
{
    public static IReadOnlyList<IListFormat> All { get; } =
    [
        new OfacXmlFormat(),
        new Ofac.Advanced.OfacAdvancedFormat(),
        new Ofac.Enhanced.OfacEnhancedFormat(),
        new UnXmlFormat(),
        new FcdoXmlFormat(),
        new OfsiXlsxFormat(),
        new OfsiCsvFormat(),
        new EuXmlFormat(),
        new EuCsvFormat(),
        new UsCslCsvFormat(),
        new BisDplFormat(),
        new CaSemaFormat(),
        new DfatXlsxFormat(),
        new FtmFormat(),
        new OwnCsvFormat(),
        new OwnJsonLinesFormat(),
    ];

    /// <summary>The first format that recognises the file, or null.</summary>
    public static IListFormat? Recognize(FileHead head) => All.FirstOrDefault(format => format.Recognizes(head));
}
