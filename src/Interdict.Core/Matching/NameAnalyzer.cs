using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>Cuts a name into weighted words: normalise, find table terms, weigh, key.</summary>
internal static class NameAnalyzer
{
    public static AnalyzedName Analyze(string name, Schema? schema)
    {
        var words = NameNormalizer.Tokenize(name);
        var tokens = new List<NameToken>(words.Length);
        var i = 0;
        while (i < words.Length)
        {
            var covered = NameTerms.Match(words, i, schema, out var termClass, out var canonical);
            if (covered > 0)
            {
                var original = covered == 1 ? words[i] : string.Join(' ', words, i, covered);
                tokens.Add(new NameToken(canonical, original, string.Empty, termClass, Weigh(termClass, canonical)));
                i += covered;
                continue;
            }
            var word = words[i++];
            var wordClass = ClassOf(word);
            var key = wordClass == TermClass.Name ? PhoneticKey.Of(word) : string.Empty;
            tokens.Add(new NameToken(word, word, key, wordClass, Weigh(wordClass, word)));
        }
        return new AnalyzedName([.. tokens], ScriptDetector.HasNonLatin(name));
    }

    private static TermClass ClassOf(string word)
    {
        if (word.Length == 1 && char.IsAsciiLetter(word[0])) return TermClass.Initial;
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c)) return TermClass.Name;
        }
        return TermClass.Number;
    }

    /// <summary>How much a word says about who or what is named. Table terms say little: two companies sharing
    /// "International Trading LLC" are not the same company.</summary>
    private static float Weigh(TermClass termClass, string text) => termClass switch
    {
        TermClass.Name => text.Length <= 2 ? 0.6f : 1f,
        TermClass.Number => 1f,
        TermClass.Initial => 0.3f,
        TermClass.Particle => 0.25f,
        TermClass.Generic => 0.35f,
        TermClass.Legal => 0.2f,
        _ => 0.05f,
    };
}
