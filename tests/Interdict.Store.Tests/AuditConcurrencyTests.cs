using Interdict.Store.Audit;
using Interdict.Store.Sql;

namespace Interdict.Store.Tests;

/// <summary>Writers appending at once, each on its own connection as separate processes would: they take turns, so
/// the chain neither forks nor skips.</summary>
public abstract class AuditConcurrencyTests<TStore> : IDisposable where TStore : StoreUnderTest, new()
{
    private readonly TStore _database = new();

    [Fact]
    public void Concurrent_appends_make_one_unbroken_chain()
    {
        using (var store = InterdictStore.Open(_database.Location)) Assert.True(store.Audit.Verify().Intact);
        const int Writers = 4, AppendsEach = 10;
        using var dialect = SqlDialect.For(_database.Location);
        var writer = new AuditWriter(dialect, TimeProvider.System);
        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, w =>
        {
            for (var i = 0; i < AppendsEach; i++)
            {
                using var connection = dialect.OpenConnection();
                using var transaction = connection.BeginTransaction();
                writer.Append(connection, transaction, $"writer-{w}", [new AuditEntry("test.append", $"{{\"n\":{i}}}"), new AuditEntry("test.append", "{}")]);
                transaction.Commit();
            }
        });

        using var reopened = InterdictStore.Open(_database.Location);
        Assert.Equal(new AuditVerification(Writers * AppendsEach * 2, null), reopened.Audit.Verify());
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAuditConcurrencyTests : AuditConcurrencyTests<SqliteStoreUnderTest>;

public sealed class PostgresAuditConcurrencyTests : AuditConcurrencyTests<PostgresStoreUnderTest>;
