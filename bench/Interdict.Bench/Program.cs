using BenchmarkDotNet.Running;
using Interdict.Bench;

// dotnet run -c Release --project bench/Interdict.Bench -- figures        speed and memory figures (docs/figures.md)
// dotnet run -c Release --project bench/Interdict.Bench -- batch-memory   memory of a 1,000,000-row batch
// dotnet run -c Release --project bench/Interdict.Bench -- batch-stream   1,000,000 rows through the service's streaming batch
// dotnet run -c Release --project bench/Interdict.Bench -- eval [--write docs/quality.md]   quality and speed against the targets
// dotnet run -c Release --project bench/Interdict.Bench -- sources        read time and counts of every source's real file
// dotnet run -c Release --project bench/Interdict.Bench -- bdn [filter]   BenchmarkDotNet micro-benchmarks
var mode = args.FirstOrDefault() ?? "figures";
switch (mode)
{
    case "figures":
        Figures.Run(Paths.Shared(args));
        return 0;
    case "batch-memory":
        BatchMemory.Run(Paths.Shared(args));
        return 0;
    case "batch-memory-run":
        BatchMemory.RunOne(Paths.Shared(args), int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case BatchStream.Mode:
        BatchStream.Run(Paths.Shared(args));
        return 0;
    case MemoryAfterLoad.Mode:
        MemoryAfterLoad.Report(Paths.Shared(args));
        return 0;
    case SourceLoading.Mode:
        SourceLoading.Run(Paths.Shared(args));
        return 0;
    case "eval":
        return Eval.Run(Paths.Shared(args), args[1..]);
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(Figures).Assembly).Run(args[1..]);
        return 0;
    default:
        Console.Error.WriteLine($"error: unknown mode '{mode}': use figures, batch-memory, sources, eval or bdn");
        return 2;
}
