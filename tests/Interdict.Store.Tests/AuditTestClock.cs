namespace Interdict.Store.Tests;

/// <summary>A clock the test sets: each audit record's time is known, and records a day apart fall in distinct periods.</summary>
internal sealed class AuditTestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public DateTimeOffset NextDay() => Now = Now.AddDays(1);
}
