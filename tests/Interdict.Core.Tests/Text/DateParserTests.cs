using Interdict.Core.Model;
using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

public class DateParserTests
{
    [Theory]
    [InlineData("1962", "1962")]
    [InlineData("1962-05", "1962-05")]
    [InlineData("1962-05-14", "1962-05-14")]
    [InlineData("14 May 1962", "1962-05-14")]
    [InlineData("03 May 1938", "1938-05-03")]
    [InlineData("May 1962", "1962-05")]
    [InlineData("14/05/1962", "1962-05-14")]
    [InlineData("00/00/1994", "1994")]
    [InlineData("00/05/1994", "1994-05")]
    [InlineData("05/1994", "1994-05")]
    [InlineData("circa 1962", "circa 1962")]
    [InlineData("1960 to 1962", "1960 to 1962")]
    [InlineData("between 1960 and 1962", "1960 to 1962")]
    [InlineData("1963 to 1958", "1958 to 1963")]
    public void Reads_list_wordings(string text, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text)!.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("31 Feb 1962")]
    [InlineData("14/13/1962")]
    public void Rejects_what_is_not_a_date(string text) => Assert.Null(DateParser.Parse(text));

    [Fact]
    public void Year_overlaps_exact_date_in_that_year_only()
    {
        var year = DateParser.Parse("1962")!;
        Assert.True(year.Overlaps(DateParser.Parse("1962-05-14")!));
        Assert.False(year.Overlaps(DateParser.Parse("1963-01-01")!));
    }

    [Fact]
    public void Approximate_date_allows_a_year_either_side()
    {
        var circa = DateParser.Parse("circa 1962")!;
        Assert.True(circa.Overlaps(DateParser.Parse("1963-06-01")!));
        Assert.False(circa.Overlaps(DateParser.Parse("1965-06-01")!));
    }

    [Fact]
    public void Partial_date_rejects_impossible_days() => Assert.Null(PartialDate.Create(2023, 2, 29));
}
