using Interdict.Core.Text;

namespace Interdict.Core.Tests.Text;

/// <summary>
/// Real pairs: Arabic-script names from the gold set crosslist-dev.jsonl and the Latin name or alias that the UN or
/// OFAC list gives the same entity (taken from ../shared/lists by hand; OFAC's "SURNAME, Given" put in reading order).
/// Every word of the Arabic-script name must find its partner.
/// </summary>
public class AbjadRealNamesTests
{
    [Theory]
    [InlineData("عبد الستار عبد المنان", "ABDUL SATAR ABDUL MANAN")]
    [InlineData("عبد الستار عبد المنان", "Haji Abdul Satar Haji Abdul MANAN")]
    [InlineData("أشرف القيزاني", "Ashraf AL-QIZANI")]
    [InlineData("أشرف القيزاني", "Ashraf AL-GIZANI")]
    [InlineData("مراد فتحی", "Murad FATHI")]
    [InlineData("عثمان أحمد عثمان الغامدي", "Uthman Ahmad Uthman AL-GHAMDI")]
    [InlineData("عبد الکبیر محمد جان", "ABDUL KABIR MOHAMMAD JAN")]
    [InlineData("سيف الله بن عمر بن محمد بنحسين", "SEIFALLAH BEN OMAR BEN MOHAMED BEN HASSINE")]
    [InlineData("نشوان عبد الرزاق عبد الباقي", "NASHWAN ABD AL-RAZZAQ ABD AL-BAQI")]
    [InlineData("سعید جان عبد السلام", "SAID JAN ‘ABD AL-SALAM")]
    [InlineData("ثروت صالح شحاته", "THARWAT SALAH SHIHATA")]
    [InlineData("عبد الله محمد رجب عبد الرحمن", "ABD ALLAH MOHAMED RAGAB ABDEL RAHMAN")]
    [InlineData("عمر محمد قدير", "AMOR MOHAMED GHEDEIR")]
    [InlineData("محمد جمال عبدالرحيم أحمد الكاشف", "MUHAMMAD JAMAL ABD-AL RAHIM AHMAD AL-KASHIF")]
    [InlineData("عزیز الرحمان عبد الاحد", "AZIZIRAHMAN ABDUL AHAD")]
    [InlineData("عبدالقدیر بصیر عبد البصير", "ABDUL QADEER BASIR ABDUL BASEER")]
    [InlineData("سید عصمت الله عاصم عبد القدوس", "SAYED ESMATULLAH ASEM ABDUL QUDDUS")]
    [InlineData("رمزي محمد عبد الله بن الشيبة", "RAMZI MOHAMED ABDULLAH BINALSHIBH")]
    [InlineData("إبراهيم عواد إبراهيم علي البدري السامرائي", "IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI")]
    [InlineData("روكان رزوقي عبد الغفار سليمان التكريتي", "RUKAN RAZUKI ABD-AL-GHAFUR SULAIMAN AL-TIKRITI")]
    [InlineData("إياد نظمي صالح خليل", "IYAD NAZMI SALIH KHALIL")]
    [InlineData("ابراهیم عیسی حاجي محمد البکر", "IBRAHIM 'ISA HAJJI MUHAMMAD AL-BAKR")]
    [InlineData("آدم خان اچکزی", "ADAM KHAN ACHEKZAI")]
    [InlineData("محمد صلاح الدين عبدالحليم زيدان", "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE")]
    [InlineData("كُل آغا اسحاقزی", "GUL AGHA ISHAKZAI")]
    [InlineData("سید محمد عظیم ﺁغا", "SAYED MOHAMMAD AZIM AGHA")]
    [InlineData("طاريق أنور السيد احمد", "TARIQ ANWAR EL SAYED AHMED")]
    [InlineData("محمد شفیق الله احمدی فاتح خان", "MOHAMMAD SHAFIQULLAH AHMADI FATIH KHAN")]
    [InlineData("محمد نعيم بريخ خدايداد", "MOHAMMAD NAIM BARICH KHUDAIDAD")]
    [InlineData("عبیدالله آخوند یار محمد آخوند", "UBAIDULLAH AKHUND YAR MOHAMMAD AKHUND")]
    [InlineData("احمد جان آخوند زاده شكور آخوند زاده", "AHMAD JAN AKHUNDZADA SHUKOOR AKHUNDZADA")]
    [InlineData("هاني السيد السباعي يوسف", "HANI AL-SAYYID AL-SEBAI YUSIF")]
    [InlineData("مثنى حارث سلمان الضاري", "MUTHANNA HARITH SALMAN AL-DARI")]
    [InlineData("طارق بن الحبيب بن التومي المعروفي", "TAREK BEN HABIB BEN AL-TOUMI AL-MAAROUFI")]
    [InlineData("أيمن محمد ربيع الظواهري", "AIMAN MUHAMMED RABI AL-ZAWAHIRI")]
    [InlineData("عبد الله يحيى الحاكم", "ABDULLAH YAHYA AL HAKIM")]
    [InlineData("أسامة الكوني ابراھیم", "Osama Al Kuni Ibrahim")]
    [InlineData("سالم نور الدين امحمد الدبيسكي", "SALEM NOR ELDIN AMOHAMED AL-DABSKI")]
    [InlineData("طارق بن الطاھر بن الفالح العوني الحرزي", "TARAK BEN TAHER BEN FALEH OUNI HARZI")]
    [InlineData("يحيى جوادي", "YAHIA DJOUADI")]
    [InlineData("سعد بن سعد محمد شریان الكعبي", "SA'D BIN SA'D MUHAMMAD SHARIYAN AL-KA'BI")]
    [InlineData("محمد بن بلقاسم بن عبد الله العوادي", "MOHAMED BEN BELGACEM BEN ABDALLAH AL-AOUADI")]
    [InlineData("فيصل بوغانمي", "FAYCAL BOUGHANEMI")]
    [InlineData("نور الدين بن علي بن بلقاسم الدريسي", "NOUREDDINE BEN ALI BEN BELKASSEM AL-DRISSI")]
    [InlineData("سيف الدين فليح حسن طه الراوي", "SAIF-AL-DIN FULAYYIH HASSAN TAHA AL-RAWI")]
    [InlineData("رشيد طعان كاظم", "Rashid Taan Kathim")]
    [InlineData("نسيم بن رمضان صحراوي", "NESSIM BEN ROMDHANE SAHRAOUI")]
    [InlineData("عماد بن مكي زرقاوي", "IMED BEN MEKKI ZARKAOUI")]
    [InlineData("جمال لونيسي", "DJAMEL LOUNICI")]
    [InlineData("انصار الدين", "ANSAR EDDINE")]
    [InlineData("سامي بن خميس بن صالح الصيد", "SAMI BEN KHAMIS BEN SALEH ELSSEID")]
    [InlineData("زكريا الصبار", "ZAKARYA ESSABAR")]
    [InlineData("سراج الدين جلال الدين حقانى", "SIRAJUDDIN JALLALOUDINE HAQQANI")]
    [InlineData("طه محي الدين معروف", "TAHA MUHYI-AL-DIN MA'RUF")]
    [InlineData("عبد الحق وثيق", "ABDUL-HAQ WASSIQ")]
    [InlineData("محمد ولی محمد عوض", "MOHAMMAD WALI MOHAMMAD EWAZ")]
    [InlineData("شیر محمد عباس استانکزی پادشاه خان", "SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN")]
    [InlineData("محمد عمر ځدران", "MUHAMMAD OMAR ZADRAN")]
    [InlineData("طارق گیدڑ گروپ", "TARIQ GIDAR GROUP")]
    [InlineData("سيد أحمد شهيد خيل", "SAID AHMED SHAHIDKHEL")]
    [InlineData("جماعة نصرة الإسلام والمسلمين", "JAMA'A NUSRAT UL-ISLAM WA AL-MUSLIMIN")]
    [InlineData("منصور السعادي", "MANSUR AL-SA’ADI")]
    [InlineData("عادل عبد الله مهدي", "ADIL ABDALLAH MAHDI")]
    public void Every_word_finds_its_spelling_in_the_listed_name(string query, string listed)
    {
        var pairs = AbjadPairing.Pair(query, listed);
        Assert.True(pairs.All(p => p.Similarity >= 0.85f), AbjadPairing.Describe(pairs));
    }

    [Theory]
    [InlineData("أشرف القيزاني", "FATHI, Murad")]
    [InlineData("عبد الستار عبد المنان", "ABDUL SATTAR ABDUL RAHMAN")]
    [InlineData("حسين محمد طاهر حامد", "HASSAN MOHAMMAD TAHIR HAMID")]
    [InlineData("محمد أمين مصطفى", "AHMED AMIN MUSTAFA")]
    [InlineData("سعد عبد المجيد الفيصل التكريتي", "SAID ABD-AL-HAMID AL-FAISAL AL-TIKRITI")]
    public void Another_name_does_not_find_every_word(string query, string listed)
    {
        var pairs = AbjadPairing.Pair(query, listed);
        Assert.False(pairs.All(p => p.Similarity >= 0.85f), AbjadPairing.Describe(pairs));
    }
}
