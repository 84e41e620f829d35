using System.Globalization;
using Interdict.Core.Data;

namespace Interdict.Core.Text;

/// <summary>Where in a word a Latin spelling of a letter applies. The first letter is the first after a leading
/// article: in القيزاني it is ق.</summary>
internal enum SpellingPlace : byte
{
    Anywhere,
    /// <summary>"-" in the table, a letter that may go unwritten: not as the first letter of a word, unless a vowel
    /// letter after it gives the Latin word its first vowel (عادل Adil). "~ch": a spelling for any but the first
    /// letter. Also the article's bare vowel.</summary>
    NotFirst,
    /// <summary>"^a" in the table: only for the first letter (ا as i, o, u: Ibrahim, Osama, Usama).</summary>
    FirstOnly,
    /// <summary>"-$" or "a$" in the table: only for the last letter.</summary>
    LastOnly,
}

/// <summary>A Latin spelling of a letter. <paramref name="Repeat"/>: letters the Latin word must go on with, for the
/// assimilated article (ar- only before r: "arrahman").</summary>
internal readonly record struct Spelling(string Text, SpellingPlace Place, string? Repeat = null);

/// <summary>A letter of an abjad as the comparison sees it: its skeleton class ('\0' for vowel letters), the letter it
/// counts as in name tables, and its accepted Latin spellings.</summary>
internal sealed class AbjadLetter
{
    public AbjadLetter(char letter, char @class, short baseId, Spelling[] spellings)
    {
        Letter = letter;
        Class = @class;
        BaseId = baseId;
        var silent = spellings.Where(s => s.Text.Length == 0).ToArray();
        if (silent.Length > 1) throw new InvalidDataException($"'{letter}' is given more than one way to be silent.");
        Silent = silent.Length == 1 ? silent[0].Place : null;
        ByFirstLetter = [.. Enumerable.Range('a', 26).Select(c => spellings.Where(s => s.Text.Length > 0 && s.Text[0] == c).ToArray())];
    }

    public char Letter { get; }
    public char Class { get; }
    public short BaseId { get; }

    /// <summary>Where the letter may go unwritten, or null when it is always written.</summary>
    public SpellingPlace? Silent { get; }

    /// <summary>The written spellings by their first letter (a–z), so the comparison tries only those that can fit.</summary>
    public Spelling[][] ByFirstLetter { get; }

    /// <summary>Vowel letters, glides, hamza and ayn: left out of skeletons, half weight in a comparison.</summary>
    public bool IsVowelLetter => Class == '\0';
}

/// <summary>
/// The letter tables: Data/abjad-letters.tsv (letters, classes, Latin spellings) and Data/abjad-presentation-forms.tsv
/// (contextual shapes that stand for letters). Maps each character of an abjad word to letter ids.
/// </summary>
internal static class AbjadLetters
{
    /// <summary>Not a letter of a name: vowel marks, tatweel, bidi controls, the Hebrew geresh.</summary>
    public const short Ignored = -1;
    /// <summary>Ends a word: spaces, punctuation, characters of no abjad.</summary>
    public const short Break = -2;
    /// <summary>The zero-width non-joiner: Persian writes it between the parts of one name (عبد‌الله).</summary>
    public const short PartBoundary = -3;
    public const char NonJoiner = '\u200C';

    private const int FirstCode = 0x0590, LastCode = 0x06FF;
    private const int FirstForm = 0xFB1D, LastForm = 0xFEFF;

    public static readonly AbjadLetter[] All = LoadLetters();

    /// <summary>Letter ids of the characters U+0590–U+06FF, or one of the negative constants.</summary>
    private static readonly short[] ByCode = MapCodes();

    /// <summary>The letters each presentation form U+FB1D–U+FEFF stands for, as letter ids (null: not a form).</summary>
    private static readonly short[]?[] Forms = LoadForms();

    /// <summary>The id of a letter of abjad-letters.tsv; throws for a character the table does not list.</summary>
    public static short IdOf(char letter) => letter is >= (char)FirstCode and <= (char)LastCode && ByCode[letter - FirstCode] >= 0
        ? ByCode[letter - FirstCode]
        : throw new InvalidDataException($"'{letter}' is not a letter of abjad-letters.tsv.");

    /// <summary>True for a character of the Arabic or Hebrew blocks or their presentation forms.</summary>
    public static bool IsAbjadCode(char c) => c is >= (char)FirstCode and <= (char)LastCode or >= (char)FirstForm and <= (char)LastForm;

    /// <summary>The letter ids a character stands for: one for a letter, several for a ligature, none for a mark;
    /// <see cref="Break"/> or <see cref="PartBoundary"/> as the only element for those.</summary>
    public static ReadOnlySpan<short> Of(char c)
    {
        if (c is >= (char)FirstCode and <= (char)LastCode) return new ReadOnlySpan<short>(ByCode, c - FirstCode, 1);
        if (c is >= (char)FirstForm and <= (char)LastForm) return Forms[c - FirstForm] ?? Breaks;
        return c switch
        {
            NonJoiner => Boundaries,
            '\u200D' or '\u200E' or '\u200F' or '\u061C' => [],
            _ => Breaks,
        };
    }

    private static readonly short[] Breaks = [Break];
    private static readonly short[] Boundaries = [PartBoundary];

    private static AbjadLetter[] LoadLetters()
    {
        var rows = EmbeddedTable.Read("abjad-letters.tsv", "letter", "class", "base", "spellings", "note");
        var index = new Dictionary<char, short>();
        foreach (var row in rows)
        {
            if (row[0].Length != 1 || row[0][0] is < (char)FirstCode or > (char)LastCode)
                throw new InvalidDataException($"{row.Where}: '{row[0]}' is not one letter of the Arabic or Hebrew blocks.");
            if (!index.TryAdd(row[0][0], (short)index.Count)) throw new InvalidDataException($"{row.Where}: '{row[0]}' is listed twice.");
        }
        return [.. rows.Select((row, id) => new AbjadLetter(
            row[0][0],
            ParseClass(row),
            row[2].Length == 0 ? (short)id : index.TryGetValue(row[2][0], out var baseId) ? baseId
                : throw new InvalidDataException($"{row.Where}: the base letter '{row[2]}' is not in the table."),
            ParseSpellings(row[3], row.Where)))];
    }

    private static char ParseClass(TableRow row) => row[1] switch
    {
        "" => '\0',
        [var c] when "bftdskhlmnr".Contains(c) => c,
        _ => throw new InvalidDataException($"{row.Where}: unknown class '{row[1]}'."),
    };

    /// <summary>Space-separated Latin spellings: "-" and "-$" for the silent letter; "^", "~" and "$" for spellings
    /// of the first letter only, of any but the first, of the last only.</summary>
    public static Spelling[] ParseSpellings(string text, string where) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s switch
        {
            "-" => new Spelling(string.Empty, SpellingPlace.NotFirst),
            "-$" => new Spelling(string.Empty, SpellingPlace.LastOnly),
            ['^', .. var text] when text.All(char.IsAsciiLetterLower) => new Spelling(text, SpellingPlace.FirstOnly),
            ['~', .. var text] when text.All(char.IsAsciiLetterLower) => new Spelling(text, SpellingPlace.NotFirst),
            [.. var text, '$'] when text.All(char.IsAsciiLetterLower) => new Spelling(text, SpellingPlace.LastOnly),
            _ when s.All(char.IsAsciiLetterLower) => new Spelling(s, SpellingPlace.Anywhere),
            _ => throw new InvalidDataException($"{where}: '{s}' is not a lower-case Latin spelling."),
        })];

    private static short[] MapCodes()
    {
        var map = new short[LastCode - FirstCode + 1];
        for (var code = FirstCode; code <= LastCode; code++)
        {
            var c = (char)code;
            map[code - FirstCode] = CharUnicodeInfo.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Ignored,
                UnicodeCategory.OtherLetter => Unlisted,
                _ => Break,
            };
        }
        map['\u0640' - FirstCode] = Ignored;  // tatweel: stretches a line, not a letter
        map['\u05F3' - FirstCode] = Ignored;  // Hebrew geresh: marks ג׳ ז׳ צ׳ as j, zh, ch; those spellings are listed on the letters
        map['\u05F4' - FirstCode] = Ignored;  // gershayim
        for (short id = 0; id < All.Length; id++) map[All[id].Letter - FirstCode] = id;
        return map;
    }

    /// <summary>A letter of the blocks that the table does not list: compared as a consonant no Latin spelling matches.</summary>
    public static short Unlisted => (short)(All.Length + 1);

    /// <summary>The pseudo-letter the article ال becomes where a word may start with it.</summary>
    public static short Article => (short)All.Length;

    private static short[]?[] LoadForms()
    {
        var forms = new short[]?[LastForm - FirstForm + 1];
        foreach (var row in EmbeddedTable.Read("abjad-presentation-forms.tsv", "first", "last", "letters", "note"))
        {
            var first = int.Parse(row[0], NumberStyles.HexNumber);
            var last = int.Parse(row[1], NumberStyles.HexNumber);
            if (first < FirstForm || last > LastForm || last < first)
                throw new InvalidDataException($"{row.Where}: {row[0]}–{row[1]} is not a range of presentation forms.");
            short[] letters = [.. row[2].Select(c => c is >= (char)FirstCode and <= (char)LastCode && ByCode[c - FirstCode] >= 0
                ? ByCode[c - FirstCode]
                : throw new InvalidDataException($"{row.Where}: '{c}' is not a letter of abjad-letters.tsv."))];
            for (var code = first; code <= last; code++) forms[code - FirstForm] = letters;
        }
        return forms;
    }
}
