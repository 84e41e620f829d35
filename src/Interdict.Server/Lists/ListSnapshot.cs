using Interdict.Core.Matching;
using Interdict.Sources.Loading;

namespace Interdict.Server.Lists;

/// <summary>One loaded set of lists and its index, never changed once built: a request takes the snapshot that is
/// current when it starts and uses it to the end, whatever reloads happen meanwhile.</summary>
/// <param name="Generation">1 for the first load, one more for each successful reload.</param>
public sealed record ListSnapshot(ScreeningIndex Index, LoadReport Report, DateTimeOffset LoadedAt, int Generation);

/// <summary>A load that failed: the previous snapshot stays in service.</summary>
public sealed record LoadFailure(DateTimeOffset At, string Trigger, string Message);

/// <summary>What a reload did.</summary>
public sealed record ReloadOutcome(bool Succeeded, ListSnapshot? Snapshot, LoadFailure? Failure);
