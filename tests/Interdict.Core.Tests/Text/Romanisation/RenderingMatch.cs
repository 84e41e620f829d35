using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>Whether a name's renderings include a Latin spelling: the same words after normalisation, in any
/// order, since the lists move the surname ("BUSEL, Nikita Petrovich").</summary>
internal static class RenderingMatch
{
    public static bool Has(string name, string latin) => Romaniser.Romanise(name).Any(r => SameWords(r, latin));

    public static bool SameWords(string a, string b) =>
        NameNormalizer.Tokenize(a).Order(StringComparer.Ordinal).SequenceEqual(NameNormalizer.Tokenize(b).Order(StringComparer.Ordinal));

    /// <summary>The renderings, for assertion messages.</summary>
    public static string Show(string name) => $"{name} → {string.Join(" | ", Romaniser.Romanise(name))}";

    public static void AssertHas(string name, string latin) =>
        Assert.True(Has(name, latin), $"{Show(name)}: none is '{latin}'");

    /// <summary>How many pairs have their Latin spelling among the renderings; the misses listed for the report.</summary>
    public static (int Hits, string Misses) Count(IEnumerable<(string NonLatin, string Latin)> pairs)
    {
        var hits = 0;
        var misses = new List<string>();
        foreach (var (nonLatin, latin) in pairs)
        {
            if (Has(nonLatin, latin)) hits++;
            else misses.Add($"{Show(nonLatin)} (listed '{latin}')");
        }
        return (hits, string.Join(Environment.NewLine, misses));
    }
}
