namespace Interdict.Core.Matching;

/// <summary>
/// A cheap test before aligning an Arabic-, Persian- or Hebrew-script word with a Latin one letter by letter: their
/// abjad skeletons must share two thirds of the shorter one's letters and differ in length by two at most. On the
/// crosslist's Arabic-script queries against every Latin word of the listed names it keeps every pair that is the
/// same name and skips 84 % of the others (the ones it skips at 0.7 or more are different names alike by chance:
/// عثمان / Osama, الفالح / Fatih).
/// </summary>
internal static class AbjadKeys
{
    public static bool Compatible(string abjadKey, string latinKey)
    {
        if (abjadKey.Length == 0 || latinKey.Length == 0) return true;
        if (Math.Abs(abjadKey.Length - latinKey.Length) > 2) return false;
        Span<bool> used = stackalloc bool[latinKey.Length];
        var common = 0;
        foreach (var letter in abjadKey)
        {
            for (var j = 0; j < latinKey.Length; j++)
            {
                if (used[j] || latinKey[j] != letter) continue;
                used[j] = true;
                common++;
                break;
            }
        }
        return common * 3 >= 2 * Math.Min(abjadKey.Length, latinKey.Length);
    }
}
