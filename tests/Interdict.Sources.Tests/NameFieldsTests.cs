namespace Interdict.Sources.Tests;

/// <summary>Name fields of the UN list that hold several names or a note, as published.</summary>
public class NameFieldsTests
{
    [Theory]
    [InlineData("Hay’at Tahrir al-Sham (HTS)", "Hay’at Tahrir al-Sham", "HTS")]
    [InlineData("حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)", "حسن غول", "Hassan Ghul", "Hassan Gul", "Hasan Gul")]
    [InlineData("Abubakar (original script: Абубакар)", "Abubakar", "Абубакар")]
    [InlineData("Djaafar Abou Mohamed (جعفر ابو محمد)", "Djaafar Abou Mohamed", "جعفر ابو محمد")]
    [InlineData("شبكة أنصار المجاهدين (Ansar al-Mujahideen Network - sub-unit name)", "شبكة أنصار المجاهدين", "Ansar al-Mujahideen Network")]
    [InlineData("EL PARA (COMBAT NAME)", "EL PARA")]
    [InlineData("Encep Nurjaman (birth name)", "Encep Nurjaman")]
    [InlineData("Khirullah Said Wali Khairkhwa, born in Kandahar on 01 Jan.1967", "Khirullah Said Wali Khairkhwa")]
    [InlineData("Mohammad Ishaq Akhund born in 1963", "Mohammad Ishaq Akhund")]
    [InlineData("Leader (Hong Kong) International Trading Limited", "Leader (Hong Kong) International Trading Limited")]
    [InlineData("Lom-ali Butayev (Butaev)", "Lom-ali Butayev (Butaev)")]
    [InlineData("SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)", "SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)")]
    [InlineData("Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ),", "Akhter Mohmad son of Noor Mohmad", "اختر محمد ولد نور محمد")]
    public void Splits_the_names_a_field_holds(string field, params string[] expected) =>
        Assert.Equal(expected, NameFields.Split(field).Names);

    [Fact]
    public void Keeps_what_a_field_says_about_the_name_as_a_remark()
    {
        var (names, remarks) = NameFields.Split("Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, date of issue 4 May 2014, expiry 3 May 2024.)");
        Assert.Equal(["Safia Farkash Mohammed Al-Hadad"], names);
        Assert.Equal(["born 1 Jan. 1953 (Oman passport no.03825239, date of issue 4 May 2014, expiry 3 May 2024.)"], remarks);
        Assert.Equal(["EL PARA: COMBAT NAME"], NameFields.Split("EL PARA (COMBAT NAME)").Remarks);
    }
}
