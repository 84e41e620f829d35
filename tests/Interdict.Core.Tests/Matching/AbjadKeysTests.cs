using Interdict.Core.Matching;
using Interdict.Core.Text;

namespace Interdict.Core.Tests.Matching;

/// <summary>The skeleton test that spares most letter alignments must keep every real spelling.</summary>
public class AbjadKeysTests
{
    [Theory]
    [InlineData("محمد", "mohamed")]
    [InlineData("محمد", "muhammad")]
    [InlineData("القيزاني", "alqizani")]
    [InlineData("القيزاني", "qizani")]
    [InlineData("حسين", "hussein")]
    [InlineData("عثمان", "othman")]
    [InlineData("مراد", "murad")]
    [InlineData("فتحی", "fathi")]
    public void Keeps_the_spellings_of_a_name(string abjad, string latin) =>
        Assert.True(AbjadKeys.Compatible(Abjad.Skeleton(abjad), Abjad.Skeleton(latin)));

    [Theory]
    [InlineData("محمد", "karim")]
    [InlineData("عثمان", "osama")]
    [InlineData("الفالح", "fatih")]
    [InlineData("محمد", "abdulrahman")]
    public void Spares_the_alignment_of_other_names(string abjad, string latin) =>
        Assert.False(AbjadKeys.Compatible(Abjad.Skeleton(abjad), Abjad.Skeleton(latin)));
}
