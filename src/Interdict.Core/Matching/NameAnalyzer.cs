using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Matching;

/// <summary>Cuts a name into weighted words: normalise, find table terms, weigh, key.</summary>
internal static class NameAnalyzer
{
    /// <summary>Generic words this short ("and", "of", "the") never identify, even in a name made only of
    /// generic words.</summary>
    private const int ShortestIdentifyingGenericWord = 4;

    /// <param name="listed">The name is a listed one: for a person, mark the family name where the writing shows
    /// it (<see cref="FamilyNames"/>).</param>
    /// <summary>A name analysed under each of its accepted romanisations (<see cref="Romaniser"/>); a Latin name
    /// once, as it is.</summary>
    public static AnalyzedName[] AnalyzeRenderings(string name, Schema? schema, bool listed = false)
    {
        if (Abjad.IsAbjad(name)) return [AnalyzeAbjad(name, schema)];
        var renderings = Romaniser.Romanise(name);
        if (renderings.Count == 1 && ReferenceEquals(renderings[0], name)) return [Analyze(name, schema, listed)];
        return [.. renderings.Select(r => Analyze(r, schema, listed, romanised: true))];
    }

    /// <param name="romanised">The name is a romanisation of a name written in another script.</param>
    public static AnalyzedName Analyze(string name, Schema? schema, bool listed = false, bool romanised = false)
    {
        var text = NameNormalizer.Normalize(name);
        var most = text.Length / 2 + 1;
        Span<Range> words = most <= 256 ? stackalloc Range[most] : new Range[most];
        var count = text.AsSpan().Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        words = words[..count];

        var family = listed && schema == Schema.Person ? FamilyNames.Mark(name, count) : null;
        var tokens = new List<NameToken>(count);
        var i = 0;
        while (i < count)
        {
            var covered = NameTerms.Match(text, words, i, schema, out var termClass, out var canonical);
            if (covered > 0)
            {
                var original = text[words[i].Start..words[i + covered - 1].End];
                tokens.Add(new NameToken(canonical, original, string.Empty, termClass, Weigh(termClass, canonical)) { Family = family?[i] ?? false });
                i += covered;
                continue;
            }
            var word = text[words[i]];
            var wordClass = ClassOf(word);
            var key = wordClass == TermClass.Name ? PhoneticKey.Of(word) : string.Empty;
            tokens.Add(new NameToken(word, word, key, wordClass, Weigh(wordClass, word)) { Family = family?[i] ?? false });
            i++;
        }
        var genericOnly = !tokens.Exists(t => t.IsIdentifying) && PromoteGenericWords(tokens);
        return new AnalyzedName([.. tokens], romanised || ScriptDetector.HasNonLatin(name), genericOnly);
    }

    /// <summary>
    /// A Latin name grouped as an Arabic-script name groups its words (<see cref="Abjad.LatinWords"/>: "ABDUL MANAN,
    /// Abdul Satar" → "abdulsatar abdulmanan"), in reading order, so that an Arabic-script query pairs with it word
    /// for word; null when the grouping changes nothing or the name is not in Latin script.
    /// </summary>
    public static AnalyzedName? AbjadGrouping(string name, Schema? schema)
    {
        if (ScriptDetector.HasNonLatin(name)) return null;
        var comma = name.IndexOf(',');
        var reading = comma > 0 ? $"{name[(comma + 1)..]} {name[..comma]}" : name;
        var words = NameNormalizer.Tokenize(reading);
        var grouped = Abjad.LatinWords(words);
        return grouped.SequenceEqual(words) ? null : Analyze(string.Join(' ', grouped), schema);
    }

    /// <summary>
    /// A name in Arabic, Persian or Hebrew script, cut as Latin spellings cut it (<see cref="Abjad.Words"/>): its words
    /// stay in their script and are compared letter by letter with Latin words, since romanising them would have to
    /// guess the short vowels the script does not write. A particle on its own (بن, ابو) is a particle; Latin words in
    /// the name are analysed as Latin.
    /// </summary>
    private static AnalyzedName AnalyzeAbjad(string name, Schema? schema)
    {
        var tokens = new List<NameToken>();
        foreach (var word in Abjad.Words(name))
        {
            if (!Abjad.IsAbjad(word))
            {
                tokens.AddRange(Analyze(word, schema).Tokens);
                continue;
            }
            tokens.Add(Abjad.Particle(word) is { } particle
                ? Analyze(particle, schema).Tokens[0] with { Original = word }
                : new NameToken(word, word, Abjad.Skeleton(word), TermClass.Name, Weigh(TermClass.Name, word)) { IsAbjad = true });
        }
        return new AnalyzedName([.. tokens], romanised: true);
    }

    /// <summary>A name made only of common words ("TECHNOLOGY AND DEVELOPMENT GROUP LIMITED") is identified by
    /// those words: they become its name words.</summary>
    private static bool PromoteGenericWords(List<NameToken> tokens)
    {
        var promoted = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Class != TermClass.Generic || token.Original.Length < ShortestIdentifyingGenericWord) continue;
            tokens[i] = new NameToken(token.Original, token.Original, PhoneticKey.Of(token.Original), TermClass.Name, Weigh(TermClass.Name, token.Original));
            promoted = true;
        }
        return promoted;
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
