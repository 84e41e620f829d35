namespace Interdict.Core.Matching;

/// <summary>What a word of a name is, which decides how much it weighs and how it may match.</summary>
public enum TermClass : byte
{
    /// <summary>An ordinary name word: it identifies.</summary>
    Name,
    /// <summary>Digits, e.g. in vessel names ("YU JONG 2"): match exactly or not at all.</summary>
    Number,
    /// <summary>A single letter standing for a given name.</summary>
    Initial,
    /// <summary>al, bin, abu, van, de …</summary>
    Particle,
    /// <summary>Dr, Haji, Shaykh, General …</summary>
    Honorific,
    /// <summary>A legal form, one concept across languages: LLC = OOO = Limited Liability Company.</summary>
    Legal,
    /// <summary>A common word of organisation names: trading, international, group, bank …</summary>
    Generic,
    /// <summary>A ship prefix: MV, M/T …</summary>
    Vessel,
}

/// <summary>One analysed word of a name.</summary>
/// <param name="Text">The normalised word, or the canonical form of a table term ("llc" for "ooo").</param>
/// <param name="Original">The words as the name has them ("limited liability company"), for explanations.</param>
/// <param name="Key">Consonant skeleton for variant spellings; empty when too short or not a name word.</param>
/// <param name="Weight">How much the word counts toward the name's identity.</param>
internal readonly record struct NameToken(string Text, string Original, string Key, TermClass Class, float Weight)
{
    /// <summary>Name words and initials may match approximately; numbers and table terms only exactly.</summary>
    public bool IsFuzzyComparable => Class is TermClass.Name or TermClass.Initial;

    /// <summary>The word belongs to a listed person's family name.</summary>
    public bool Family { get; init; }

    /// <summary>The word is written in Arabic, Persian or Hebrew script and compared by <see cref="Interdict.Core.Text.Abjad"/>;
    /// its <see cref="Key"/> is then its abjad skeleton.</summary>
    public bool IsAbjad { get; init; }

    /// <summary>Which letters and digits the word has, one bit each: a cheap lower bound on edit distance.</summary>
    public uint Letters { get; } = LetterSet(Text);

    private static uint LetterSet(string text)
    {
        var set = 0u;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c)) set |= 1u << (c - 'a');
            else if (char.IsAsciiDigit(c)) set |= 1u << (26 + (c - '0') % 6);
        }
        return set;
    }

    /// <summary>Words that can carry a match on their own (used to find candidates).</summary>
    public bool IsIdentifying => Class is TermClass.Name or TermClass.Number;
}

/// <summary>A name cut into weighted words, ready to compare.</summary>
internal sealed class AnalyzedName
{
    public AnalyzedName(NameToken[] tokens, bool romanised, bool genericOnly = false)
    {
        Tokens = tokens;
        Romanised = romanised;
        GenericOnly = genericOnly;
        foreach (var token in tokens)
        {
            TotalWeight += token.Weight;
            if (token.IsIdentifying) IdentifyingCount++;
            HasFamily |= token.Family && token.IsIdentifying;
            HasAbjad |= token.IsAbjad;
        }
    }

    public NameToken[] Tokens { get; }
    /// <summary>The name was written in a non-Latin script and romanised for comparison.</summary>
    public bool Romanised { get; }
    /// <summary>The name is made only of common words ("GLOBAL TRADING LLC"), which then stand as its name
    /// words.</summary>
    public bool GenericOnly { get; }
    public float TotalWeight { get; }
    public int IdentifyingCount { get; }
    /// <summary>The name's family name is known: some of its identifying words are marked as family.</summary>
    public bool HasFamily { get; }
    /// <summary>Some words are in Arabic, Persian or Hebrew script.</summary>
    public bool HasAbjad { get; }
}
