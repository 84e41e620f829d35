using System.Text;
using Interdict.Core.Text.Romanisation;

namespace Interdict.Core.Text;

/// <summary>
/// The plausible Latin renderings of a name in another script, as the lists and customers write it in the
/// romanisation systems they use (Dmitriy / Dmitry / Dmitrii; Kim Jong Un / Kim Jung Eun; Xi Jinping; Yamada Taro).
/// Cyrillic, Greek, Armenian, Georgian, Hangul, Han and kana are romanised by the tables in Data/romanisation-*.tsv;
/// other scripts (Arabic, Hebrew, Thai …) by AnyAscii alone, as NameNormalizer does. Latin parts of a name stay as
/// they are.
/// </summary>
public static class Romaniser
{
    /// <summary>At most this many renderings per name: each one is indexed and compared.</summary>
    public const int MaxRenderings = 4;

    /// <summary>The name's Latin renderings, the most common first, at most <see cref="MaxRenderings"/>, distinct
    /// after <see cref="NameNormalizer.Normalize"/>. A name without non-Latin letters comes back alone.</summary>
    public static IReadOnlyList<string> Romanise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Most names screened are Latin: a vectorised scan for any letter past Latin Extended-B settles them.
        if (name.AsSpan().IndexOfAnyInRange('\u0250', '\uffff') < 0 || !ScriptDetector.HasNonLatin(name)) return [name];
        var runs = NameRuns.Split(name);
        var variants = RunVariants(name, runs);
        var renderings = new List<string>(MaxRenderings);
        var normalised = new HashSet<string>(StringComparer.Ordinal);
        var count = variants.Max(v => v.Length);
        for (var k = 0; k < count && renderings.Count < MaxRenderings; k++)
        {
            var rendering = Compose(runs, variants, k);
            var words = NameNormalizer.Normalize(rendering);
            if (words.Length > 0 && normalised.Add(words)) renderings.Add(rendering);
        }
        // Letters no table nor AnyAscii can romanise still give the one (empty) rendering the API promises.
        if (renderings.Count == 0) renderings.Add(Compose(runs, variants, 0));
        return renderings;
    }

    /// <summary>Each run's renderings in order; Latin runs have one, themselves.</summary>
    private static string[][] RunVariants(string name, List<NameRun> runs)
    {
        var transcribedForeignName = name.Contains('·', StringComparison.Ordinal);
        // The language is read from the runs, where Latin look-alikes are already Cyrillic (Iгар: Belarusian і).
        var lettersAsRead = string.Concat(runs.Select(r => r.Text));
        return runs.Select(run => run.Script switch
        {
            NameRun.Verbatim => [run.Text],
            "Cyrillic" or "Greek" or "Armenian" or "Georgian" =>
                AlphabetRomaniser.Render(run.Text, AlphabetRomaniser.LanguageOf(run.Script, lettersAsRead)),
            "Hangul" => HangulRomaniser.Render(run.Text).ToArray(),
            "Han" => HanRomaniser.Render(run.Text, transcribedForeignName).ToArray(),
            "Kana" => KanaRomaniser.Render(run.Text).ToArray(),
            _ => [AnyAscii.Transliteration.Transliterate(run.Text)],
        }).ToArray();
    }

    /// <summary>The k-th rendering of every run (its last when it has fewer), runs of two scripts that touch
    /// parted by a space (カザン火薬 → Kazan Huo Yao).</summary>
    private static string Compose(List<NameRun> runs, string[][] variants, int k)
    {
        var output = new StringBuilder();
        for (var i = 0; i < runs.Count; i++)
        {
            if (i > 0 && !runs[i].IsVerbatim && !runs[i - 1].IsVerbatim) output.Append(' ');
            output.Append(variants[i][Math.Min(k, variants[i].Length - 1)]);
        }
        return output.ToString();
    }
}
