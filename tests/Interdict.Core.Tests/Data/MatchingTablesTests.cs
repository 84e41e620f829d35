using Interdict.Core.Data;

namespace Interdict.Core.Tests.Data;

/// <summary>The matching engine's own knowledge tables load whole, with a note on every row.</summary>
public class MatchingTablesTests
{
    [Theory]
    [InlineData("name-terms.tsv", 434, new[] { "phrase", "class", "canonical", "note" })]
    [InlineData("phonetic-rules.tsv", 23, new[] { "from", "to", "note" })]
    public void Loads_every_row_with_its_note(string file, int rows, string[] columns)
    {
        var table = EmbeddedTable.Read(typeof(EmbeddedTable).Assembly, $"Interdict.Core.Data.{file}", columns);
        Assert.Equal(rows, table.Count);
        Assert.All(table, row => Assert.False(string.IsNullOrWhiteSpace(row[columns.Length - 1]), $"{row.Where} has no note"));
    }

    [Fact]
    public void A_table_with_a_wrong_header_or_too_many_columns_is_refused()
    {
        var header = Assert.Throws<InvalidDataException>(() => EmbeddedTable.Parse(new StringReader("from\tnote\nkh\th\n"), "t.tsv", "from", "to", "note"));
        Assert.Equal("t.tsv line 1: the header must be 'from\\tto\\tnote'.", header.Message);
        var wide = Assert.Throws<InvalidDataException>(() => EmbeddedTable.Parse(new StringReader("# c\nfrom\tto\tnote\nkh\th\tx\textra\n"), "t.tsv", "from", "to", "note"));
        Assert.Equal("t.tsv line 3: 4 columns where the header names 3.", wide.Message);
    }
}
