using Interdict.Store.ListVersions;

namespace Interdict.Store.Tests;

/// <summary>The monitor screens against entities read back from the store's JSON: they must be the entities written.</summary>
public sealed class StoredEntityTests
{
    [Fact]
    public void Every_entity_of_a_real_list_reads_back_to_the_same_content()
    {
        var list = OfacHistory.Lists[1];
        var differing = list.Entities
            .Select(EntityContent.Of)
            .Where(content => EntityContent.Of(StoredEntity.Read(content.Body, list.Version)).Body != content.Body)
            .Select(content => content.EntityId)
            .ToList();

        Assert.Empty(differing);
        Assert.Contains(list.Entities, e => e.BirthDates.Count > 0 && e.Identifiers.Count > 0 && e.Nationalities.Count > 0);
        Assert.Contains(list.Entities, e => e.Vessel is not null);
    }

    [Theory]
    [InlineData("1962")]
    [InlineData("1962-03")]
    [InlineData("1962-03-04")]
    [InlineData("circa 1960 to 1962")]
    public void A_stored_date_reads_back_as_written(string text) => Assert.Equal(text, StoredEntity.ParseDate(text).ToString());
}
