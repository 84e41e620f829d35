using System.Diagnostics;
using System.Globalization;
using Interdict.Core.Matching;
using Interdict.Sources.Loading;

namespace Interdict.Bench;

/// <summary>
/// Memory of a screening process once its lists are loaded and indexed: measured in a fresh process that loads the
/// three lists once and builds the index once, as a service or a command does — not in the bench process, which
/// has loaded them many times over and keeps the memory the runtime took for that.
/// </summary>
internal static class MemoryAfterLoad
{
    public const string Mode = "memory-after-load";

    /// <summary>Managed heap and resident memory, in MB, of a fresh process after load.</summary>
    public static (double Heap, double Resident) InFreshProcess(string shared)
    {
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [Mode])
        {
            RedirectStandardOutput = true,
            Environment = { ["INTERDICT_SHARED"] = shared },
        })!;
        var output = child.StandardOutput.ReadToEnd().Split(' ');
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"the {Mode} process exited {child.ExitCode}");
        return (double.Parse(output[0], CultureInfo.InvariantCulture), double.Parse(output[1], CultureInfo.InvariantCulture));
    }

    /// <summary>In the fresh process: load, index, collect, and print "heap resident" in MB.</summary>
    public static void Report(string shared)
    {
        var index = ScreeningIndex.Build(ListLoader.Load(Paths.ScreeningLists(shared)).Lists);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heap:0.0} {self.WorkingSet64 / 1048576.0:0.0}"));
        GC.KeepAlive(index);
    }
}
