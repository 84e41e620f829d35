using BenchmarkDotNet.Attributes;
using Interdict.Core.Matching;
using Interdict.Core.Model;
using Interdict.Sources.Loading;

namespace Interdict.Bench;

/// <summary>BenchmarkDotNet micro-benchmarks of the hot paths, on the three lists of <see cref="Paths.ScreeningLists"/>.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private ScreeningIndex index = null!;

    [GlobalSetup]
    public void Setup() => index = ScreeningIndex.Build(ListLoader.Load(Paths.ScreeningLists(Paths.Shared([]))).Lists);

    [Benchmark]
    public int ScreenListedCompany() => index.Screen(new ScreeningQuery("Alabuga Special Economic Zone", Schema.Organization)).Count;

    [Benchmark]
    public int ScreenUnlistedPerson() => index.Screen(new ScreeningQuery("Patricia Lucas Wheeler", Schema.Person)).Count;

    [Benchmark]
    public double ComparePair() => NameComparer.Compare("Abdul Satar BARAKZAI", "BARAKZAI, Haji Abdul Sattar", Schema.Person).Score;
}
