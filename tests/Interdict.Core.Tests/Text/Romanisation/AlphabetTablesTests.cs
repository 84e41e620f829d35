using Interdict.Core.Text;
using Xunit.Abstractions;

namespace Interdict.Core.Tests.Text.Romanisation;

/// <summary>The letter tables of the alphabetic scripts and the systems that use them, on real names.</summary>
public class AlphabetTablesTests(ITestOutputHelper output)
{
    /// <summary>Of the 50 sampled UK pairs, how many a rendering spells word for word, measured at this commit:
    /// the lists mix systems within one name (Sergei Navilievich), which no single whole-name rendering follows.</summary>
    private const int CyrillicSampleFloor = 39;

    [Fact]
    public void Cyrillic_names_of_the_UK_list_are_spelled_as_listed_in_most_cases()
    {
        var (hits, misses) = RenderingMatch.Count(UkListPairs.CyrillicSample);
        var anyAscii = UkListPairs.CyrillicSample.Count(p => RenderingMatch.SameWords(NameNormalizer.Normalize(p.NonLatin), p.Latin));
        output.WriteLine($"{hits} of {UkListPairs.CyrillicSample.Length} spelled as listed (AnyAscii alone: {anyAscii})");
        output.WriteLine(misses);

        Assert.True(hits >= CyrillicSampleFloor, $"{hits} of {UkListPairs.CyrillicSample.Length}, floor {CyrillicSampleFloor}:\n{misses}");
    }

    [Theory]
    // Real UK list pairs spelled by one system each: common English, BGN/PCGN, ICAO, press with conventional
    // given names; the word is one only that system writes so.
    [InlineData("Дмитрий Андреевич Артюхов", "Dmitry Andreevich ARTYUKHOV", "Dmitry")]
    [InlineData("Мишонова Ксения Владимировна", "Ksenia Vladimirovna MISHONOVA", "Ksenia")]
    [InlineData("Александр Сергеевич УШКО", "Aleksandr Sergeyevich USHKO", "Sergeyevich")]
    [InlineData("КОПЫЛЬ Олег Николаевич", "Oleg Nikolayevich KOPYL", "Nikolayevich")]
    [InlineData("ХРЕНИН Виктор Геннадьевич", "Viktor Gennadevich KHRENIN", "Gennadevich")]
    [InlineData("Елена Владимировна МИХАЙЛОВА", "Elena Vladimirovna MIKHAILOVA", "MIKHAILOVA")]
    [InlineData("Андрей Сергеевич Ольховский", "Andrei Sergeevich OLKHOVSKY", "Andrei Sergeevich")]
    [InlineData("Юрий Викторович АРХАРОВ", "Yuri Viktorovich ARKHAROV", "Yuri")]
    [InlineData("ВИННИКОВ Дмитрий Александрович", "Dmitry Alexandrovich VINNIKOV", "Alexandrovich")]
    public void Russian_names_are_spelled_in_each_system_the_lists_use(string name, string listed, string word)
    {
        RenderingMatch.AssertHas(name, listed);
        Assert.Contains(Romaniser.Romanise(name), r => r.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Дмитрий Сергеевич", new[] { "Dmitry Sergeevich", "Dmitriy Sergeyevich", "Dmitrii Sergeevich" })]
    [InlineData("Александр Петров", new[] { "Aleksandr Petrov", "Alexander Petrov" })]
    public void Russian_systems_are_ordered_most_common_first(string name, string[] expected) =>
        Assert.Equal(expected, Romaniser.Romanise(name));

    [Theory]
    // Ukrainian: national system (Dmytro Ivanovych), BGN (Vitaliyovych), Russian habits (Sergiy Valeriyovich); real UK
    // list pairs and names as Ukraine spells them.
    [InlineData("Ігор Миколайович БЕЗЛЕР", "Ihor Mykolayovych BEZLER")]
    [InlineData("Олександр Віталійович ХРЯКОВ", "Oleksandr Vitaliyovych KHRYAKOV")]
    [InlineData("Дмитро Іванович Кулеба", "Dmytro Ivanovych Kuleba")] // national system, as Ukraine writes it
    [InlineData("Юлія Тимошенко", "Yuliia Tymoshenko")]
    [InlineData("Олена Олександрівна Шапурова", "Olena Oleksandrivna SHAPUROVA")]
    [InlineData("Юрій Володимирович ІВАКІН", "Yuriy Volodymyrovych IVAKIN")]
    [InlineData("Cергій Валерійович АКСЬОНОВ", "Sergiy Valeriyovich AKSONOV")]
    public void Ukrainian_names_are_spelled_by_Ukrainian_systems(string name, string listed) =>
        RenderingMatch.AssertHas(name, listed);

    [Theory]
    // Belarusian: passport spelling (Aliaksandr, Kazakou) and BGN; real UK list pairs.
    [InlineData("Святлана Аляксандраўна БАНДАРЭНКА", "Sviatlana Aliaksandrauna BANDARENKA")]
    [InlineData("Дзяніс Анатольевіч ТАЎСЦЯНКОЎ", "Dzianis Anatolievich TAUSTSIANKOU")]
    [InlineData("Iгар Вячаслававiч ЛЮБАВIЦКI", "Ihar Viachaslavavich LIUBAVITSKI")]
    [InlineData("Павел Іванавіч Казакоў", "Pavel Ivanavich KAZAKOU")]
    [InlineData("Андрэй Сяргеевіч ПАЛЬЧЫК", "Andrei Siarheevich PALCHYK")]
    public void Belarusian_names_are_spelled_by_Belarusian_systems(string name, string listed) =>
        RenderingMatch.AssertHas(name, listed);

    [Fact]
    public void Belarusian_short_u_is_written_u_or_w() =>
        Assert.Equal(["Kazakou", "Kazakow"], Romaniser.Romanise("Казакоў").Take(2));

    [Theory]
    [InlineData("Νικόλαος", "Nikolaos")]
    [InlineData("Αλέξανδρος", "Alexandros")]
    [InlineData("Αλέξανδρος", "Alexander")] // from the table of common Greek given names
    [InlineData("Δημήτρης Ιωαννίδης", "Dimitris Ioannidis")] // UK list: Demetris IOANNIDES, mixing systems
    [InlineData("Γιώργος Παπανδρέου", "Yorgos Papandreou")]
    [InlineData("Ντόρα Μπακογιάννη", "Dora Bakogianni")]
    [InlineData("Ευάγγελος Βενιζέλος", "Evangelos Venizelos")]
    [InlineData("Νίκος Αναστασιάδης", "Nikos Anastasiades")]
    public void Greek_names_are_spelled_by_ELOT_and_the_common_English_style(string name, string latin) =>
        RenderingMatch.AssertHas(name, latin);

    [Fact]
    public void Greek_endings_are_dropped_only_where_the_given_name_table_says_so() =>
        Assert.Equal(["Nikos Anastasiadis", "Nikos Anastasiades"], Romaniser.Romanise("Νίκος Αναστασιάδης"));

    [Theory]
    [InlineData("Նիկոլ Փաշինյան", "Nikol Pashinyan")]
    [InlineData("Նիկոլ Փաշինյան", "Nikol Pashinian")]
    [InlineData("Ռոբերտ Քոչարյան", "Robert Kocharyan")]
    [InlineData("Լևոն Տեր-Պետրոսյան", "Levon Ter-Petrosyan")]
    [InlineData("Երևան", "Yerevan")]
    public void Armenian_names_are_spelled_by_the_national_and_diaspora_systems(string name, string latin) =>
        RenderingMatch.AssertHas(name, latin);

    [Fact]
    public void Georgian_names_of_the_UK_list_are_all_spelled_as_listed()
    {
        var (hits, misses) = RenderingMatch.Count(UkListPairs.Georgian);

        Assert.True(hits == UkListPairs.Georgian.Length, misses);
    }

    [Theory]
    [InlineData("ირაკლი ღარიბაშვილი", "Irakli Gharibashvili")]
    [InlineData("ირაკლი ღარიბაშვილი", "Irakli Garibashvili")]
    [InlineData("ყვარყვარე", "Kvarkvare")]
    public void Georgian_letters_spelled_two_ways_get_both(string name, string latin) =>
        RenderingMatch.AssertHas(name, latin);
}
