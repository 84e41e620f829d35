using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

public class AbjadSkeletonTests
{
    [Theory]
    [InlineData("mhmd", "محمد", "muhammad", "mohamed", "mohammed")]
    [InlineData("hmd", "أحمد", "ahmad", "ahmed", "akhmed")]
    [InlineData("kdn", "القيزاني", "alqizani", "qizani", "guizani")]
    [InlineData("str", "عبد الستار", "abdulsattar", "abdussattar", "sattar")]
    [InlineData("bdl", "عبدالله", "abdullah", "abdulla", "abdallah")]
    [InlineData("rhmn", "عبد الرحمن", "abdurrahman", "abdelrahman", "rahman")]
    [InlineData("nrdn", "نور الدين", "noureddine", "nooruddin", "nuruddin")]
    [InlineData("hsn", "حسين", "hussein", "husayn", "hossein")]
    [InlineData("ksm", "قاسم", "qasim", "kassem", "ghasem")]
    [InlineData("kdf", "القذافي", "gaddafi", "qadhafi", "alqadhafi")]
    [InlineData("rmdn", "رمضان", "ramadan", "ramazan", "romdhane")]
    [InlineData("sf", "يوسف", "yusuf", "youssef", "yousef")]
    [InlineData("ms", "משה", "moshe", "mosche", "mose")]
    public void An_abjad_word_and_its_latin_spellings_share_a_skeleton(string skeleton, string abjad, string latin1, string latin2, string latin3)
    {
        Assert.Equal(skeleton, Abjad.Skeleton(abjad));
        Assert.Equal(skeleton, Abjad.Skeleton(latin1));
        Assert.Equal(skeleton, Abjad.Skeleton(latin2));
        Assert.Equal(skeleton, Abjad.Skeleton(latin3));
    }

    [Theory]
    [InlineData("محمد", "ahmed")]
    [InlineData("حسن", "karim")]
    [InlineData("عثمان", "othello")]
    public void Other_names_have_other_skeletons(string abjad, string latin) =>
        Assert.NotEqual(Abjad.Skeleton(abjad), Abjad.Skeleton(latin));
}
