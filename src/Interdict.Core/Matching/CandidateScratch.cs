namespace Interdict.Core.Matching;

/// <summary>
/// Per-query working memory for candidate search, sized to the index and reused across queries so that the hot
/// path allocates nothing per listed name. A generation counter stands in for clearing the arrays.
/// </summary>
internal sealed class CandidateScratch(int nameCount)
{
    private readonly int[] seen = new int[nameCount];
    private readonly float[] total = new float[nameCount];
    private readonly int[] lastToken = new int[nameCount];
    private readonly float[] lastGain = new float[nameCount];
    private readonly List<int> touched = [];
    private int generation;

    public List<(int WordId, float Similarity)> Similar { get; } = [];

    public void Reset()
    {
        generation++;
        touched.Clear();
    }

    /// <summary>Credits a name with a query word's gain; a query word counts once per name, at its best.</summary>
    public void Credit(int nameId, int queryToken, float gain)
    {
        if (seen[nameId] != generation)
        {
            seen[nameId] = generation;
            total[nameId] = 0f;
            lastToken[nameId] = -1;
            touched.Add(nameId);
        }
        if (lastToken[nameId] != queryToken)
        {
            lastToken[nameId] = queryToken;
            lastGain[nameId] = gain;
            total[nameId] += gain;
        }
        else if (gain > lastGain[nameId])
        {
            total[nameId] += gain - lastGain[nameId];
            lastGain[nameId] = gain;
        }
    }

    /// <summary>The names with the most credit: at most <paramref name="count"/>, the first
    /// <paramref name="alwaysKeep"/> whatever their credit, the others only with at least
    /// <paramref name="minimumCredit"/>.</summary>
    public List<int> Best(int count, int alwaysKeep, float minimumCredit)
    {
        touched.Sort((a, b) => total[b].CompareTo(total[a]));
        var kept = 0;
        while (kept < touched.Count && kept < count && (kept < alwaysKeep || total[touched[kept]] >= minimumCredit)) kept++;
        return touched.GetRange(0, kept);
    }
}
