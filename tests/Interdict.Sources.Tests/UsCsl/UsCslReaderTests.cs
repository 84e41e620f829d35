using System.IO.Compression;
using Interdict.Core.Model;
using Interdict.Sources.Loading;
using Interdict.Sources.Tests.Uk;
using Interdict.Sources.UsCsl;
using Interdict.Testing;
using static Interdict.Sources.Tests.UsCsl.UsCslTestLists;

namespace Interdict.Sources.Tests.UsCsl;

public sealed class UsCslReaderTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Gzip_2022_reads_every_entry_by_schema_and_list()
    {
        var list = Csl2022;

        Assert.Equal("us-csl", list.Version.SourceId);
        Assert.Equal("US Consolidated Screening List CSV", list.Version.Format);
        Assert.Null(list.Version.Published);
        // 14,160 rows; CAP entry 15268 is published twice, the copies differing only in a source URL.
        Assert.Equal(14159, list.Entities.Count);
        Assert.Equal(
            new Dictionary<Schema, int>
            {
                [Schema.Person] = 6332,
                [Schema.Organization] = 6988,
                [Schema.Company] = 93,
                [Schema.PublicBody] = 30,
                [Schema.Vessel] = 433,
                [Schema.Aircraft] = 283,
            },
            list.CountBySchema());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["SDN"] = 10026,
                ["EL"] = 2001,
                ["DTC"] = 727,
                ["DPL"] = 462,
                ["SSI"] = 290,
                ["UVL"] = 201,
                ["ISN"] = 163,
                ["PLC"] = 78,
                ["MEU"] = 71,
                ["CMIC"] = 68,
                ["CAP"] = 52,
                ["NS-MBS"] = 17,
                ["FSE"] = 3,
            },
            CountByCode(list));
        Assert.Equal(list.Entities.Count, list.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Real_2023_file_is_refused_at_its_cut_last_record()
    {
        var path = Path("csl_2023-11-30.csv");

        var error = Assert.Throws<ListDataException>(() => ListLoader.Load([path]));

        Assert.Equal(path, error.FilePath);
        Assert.Equal("row 4229", error.Location);
        Assert.Contains("never closed", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_records_of_2023_read_by_schema_and_list()
    {
        var list = UsCslReader.Read(CompleteRecordsOf2023(_scratch));

        // 4,229 records: the header twice (the second repeats the first) and 4,226 entries, plus the cut one.
        Assert.Equal(4226, list.Entities.Count);
        Assert.Equal(
            new Dictionary<Schema, int>
            {
                [Schema.Person] = 1721,
                [Schema.Organization] = 2435,
                [Schema.Company] = 62,
                [Schema.PublicBody] = 5,
                [Schema.Vessel] = 3,
            },
            list.CountBySchema());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["SDN"] = 1737,
                ["EL"] = 919,
                ["DPL"] = 577,
                ["SSI"] = 288,
                ["UVL"] = 186,
                ["ISN"] = 144,
                ["DTC"] = 142,
                ["PLC"] = 78,
                ["MEU"] = 71,
                ["CMIC"] = 68,
                ["NS-MBS"] = 14,
                ["FSE"] = 1,
                ["CAP"] = 1,
            },
            CountByCode(list));
        // One party on two OFAC lists is one entry per list.
        Assert.Equal("JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK", Get(list, "us-csl:SSI:17014").Caption);
        Assert.Equal("Joint Stock Company Russian Agricultural Bank", Get(list, "us-csl:NS-MBS:17014").Caption);
    }

    [Fact]
    public void Entity_list_company_keeps_its_row_key_across_publications()
    {
        var list2023 = UsCslReader.Read(CompleteRecordsOf2023(_scratch));

        foreach (var list in new[] { Csl2022, list2023 })
        {
            var kalashnikov = Get(list, "us-csl:EL:41e20dccc52c4e71");
            Assert.Equal(Schema.Organization, kalashnikov.Schema);
            Assert.Equal("Kalashnikov Concern", kalashnikov.Caption);
            // "NPO Izhmash OAO;OJSC Concern Kalashnikov": one separator without its space.
            Assert.Contains(kalashnikov.Names, n => n is { Value: "OJSC Concern Kalashnikov", Kind: NameKind.Alias });
            Assert.Equal(9, kalashnikov.Names.Count);
            Assert.Equal(new DateOnly(2014, 7, 22), kalashnikov.ListedOn);
            Assert.Equal(new Address("3, Derjabin Pr., Izhevsk, Udmurt Republic, 426006", Country: "RU"), Assert.Single(kalashnikov.Addresses));
            Assert.Contains("Federal Register notice: 79 FR 42452", kalashnikov.Remarks);
        }
    }

    [Fact]
    public void Military_end_user_and_unverified_drone_maker_are_read()
    {
        var list = UsCslReader.Read(CompleteRecordsOf2023(_scratch));

        var meu = Assert.Single(list.Entities, e => e.Id.StartsWith("us-csl:MEU:", StringComparison.Ordinal) && e.Caption == "Academy of Aerospace Solid Propulsion Technology");
        Assert.Equal(Schema.Organization, meu.Schema);
        Assert.Contains(meu.Names, n => n is { Value: "AASPT", Kind: NameKind.Alias });
        Assert.Equal(new DateOnly(2020, 12, 23), meu.ListedOn);
        Assert.Equal("CN", Assert.Single(meu.Addresses).Country);
        Assert.Contains("Federal Register notice: 85 FR 83799", meu.Remarks);

        var drones = Assert.Single(list.Entities, e => e.Caption == "Skymount Drones");
        Assert.StartsWith("us-csl:UVL:", drones.Id, StringComparison.Ordinal);
        Assert.Equal(new Address("280-8180, 11 St. SE, Calgary, AB, T2G 3B5", Country: "CA"), Assert.Single(drones.Addresses));
    }

    [Fact]
    public void Denied_person_entries_get_a_schema_from_their_names()
    {
        var list = UsCslReader.Read(CompleteRecordsOf2023(_scratch));
        var denied = list.Entities.Where(e => e.Id.StartsWith("us-csl:DPL:", StringComparison.Ordinal)).ToList();

        var company = Assert.Single(denied, e => e.Caption == "AL KAYALI CORPORATION");
        Assert.Equal(Schema.Organization, company.Schema);
        Assert.Equal(new DateOnly(2003, 6, 19), company.ListedOn);
        Assert.Equal(["DENIED UNTIL 2056", "Federal Register notice: 68 F.R. 38290 6/27/03 72 F.R. 4236 1/30/07", "End date: 2056-06-29"], company.Remarks);
        var person = Assert.Single(denied, e => e.Caption == "IRMA LIZETTE TREVIZO");
        Assert.Equal(Schema.Person, person.Schema);
        // No country code at its end: the address stays whole.
        Assert.Equal(new Address("INMATE NUMBER: 20474-480, FCI VICTORVILLE MEDIUM II, P.O. BOX 3850, ADELANTO, CA, 92301"), Assert.Single(person.Addresses));
        // 577 entries: 468 without an organization word in their names.
        Assert.Equal(468, denied.Count(e => e.Schema == Schema.Person));
    }

    [Fact]
    public void Ofac_entries_read_as_ofac_publishes_them()
    {
        var list = UsCslReader.Read(CompleteRecordsOf2023(_scratch));

        var atwa = Get(list, "us-csl:SDN:6921");
        Assert.Equal(Schema.Person, atwa.Schema);
        Assert.Equal(["ATWA, Ali", "BOUSLIM, Ammar Mansour", "SALIM, Hassan Rostom"], atwa.Names.Select(n => n.Value));
        Assert.Equal(["LB"], atwa.Citizenships);
        Assert.Equal(["Lebanon"], atwa.PlacesOfBirth);
        Assert.Equal("1960", Assert.Single(atwa.BirthDates).ToString());
        Assert.Equal(["SDGT"], atwa.Programs);
        Assert.Equal(new Address(Country: "LB"), Assert.Single(atwa.Addresses));

        var tug = Get(list, "us-csl:SDN:4238");
        Assert.Equal(Schema.Vessel, tug.Schema);
        Assert.Equal(new VesselDetails(Type: "Tug", Flag: "Cuba", CallSign: "CL2192", GrossRegisteredTonnage: "212", Owner: "Samir de Navegacion S.A."), tug.Vessel);

        // "Passport, 484824, EG, 18 Jan 1984": one date, which could be the issue or the expiry.
        var egyptian = Assert.Single(list.Entities, e => e.Identifiers.Any(i => i.Value == "484824"));
        Assert.Equal(new Identifier(IdentifierType.Passport, "484824", "EG", "Passport"), Assert.Single(egyptian.Identifiers, i => i.Value == "484824"));
        Assert.Contains("Passport, 484824, EG, 18 Jan 1984", egyptian.Remarks);
        // "Passport, E590976, TN, 19 Jun 1987, 18 Jun 1992": two dates, issue then expiry.
        var tunisian = Assert.Single(list.Entities.SelectMany(e => e.Identifiers), i => i.Value == "E590976");
        Assert.Equal(new Identifier(IdentifierType.Passport, "E590976", "TN", "Passport", "issued 19 Jun 1987 expires 18 Jun 1992"), tunisian);
    }

    [Fact]
    public void Id_records_read_alike_in_the_2022_and_2023_layouts()
    {
        var list2023 = UsCslReader.Read(CompleteRecordsOf2023(_scratch));

        foreach (var list in new[] { Csl2022, list2023 })
        {
            var uav = Get(list, "us-csl:CMIC:32084");
            Assert.Equal("AEROSPACE CH UAV CO., LTD", uav.Caption);
            // "Target Type, Public Company" makes it a company, as in OFAC's own files.
            Assert.Equal(Schema.Company, uav.Schema);
            Assert.Contains(new Identifier(IdentifierType.RegistrationNumber, "91330000734507783B", "CN", "Unified Social Credit Code (USCC)"), uav.Identifiers);
            Assert.Contains(new Identifier(IdentifierType.Other, "CNE100000N20", Label: "ISIN"), uav.Identifiers);
        }
        // 2022 writes "JO, 2014-08-30, 2009-08-31, K475336, Passport": country, expiry, issue, number, type.
        var passport = Assert.Single(Get(Csl2022, "us-csl:SDN:17291").Identifiers, i => i.Type == IdentifierType.Passport);
        Assert.Equal(new Identifier(IdentifierType.Passport, "K475336", "JO", "Passport", "issued 2009-08-31 expires 2014-08-30"), passport);
        // "Male, Gender": value first, label last.
        Assert.Equal(Gender.Male, Get(Csl2022, "us-csl:SDN:24904").Gender);
    }

    [Fact]
    public void Fully_quoted_2025_excerpt_is_read()
    {
        var list = UsCslReader.Read(Path("csl_excerpt_2025-06.csv"));

        Assert.Equal(13, list.Entities.Count);
        Assert.Equal(new Dictionary<Schema, int> { [Schema.Person] = 6, [Schema.Organization] = 7 }, list.CountBySchema());
        var rim = Get(list, "us-csl:SDN:52291");
        Assert.Equal("RIM, Ryong Nam", rim.Caption);
        Assert.Equal("1978-12-05", Assert.Single(rim.BirthDates).ToString());
        Assert.Equal(["KP"], rim.Nationalities);
        Assert.Equal([new Address(City: "Shenyang", Country: "CN"), new Address(City: "Pyongyang", Country: "KP")], rim.Addresses);
        Assert.Contains(new Identifier(IdentifierType.Passport, "836238033", "KP", "Passport"), rim.Identifiers);
        Assert.Equal(Gender.Male, rim.Gender);
        // The nonproliferation list's note about successors is not part of the name.
        var isn = Assert.Single(list.Entities, e => e.Id.StartsWith("us-csl:ISN:", StringComparison.Ordinal));
        Assert.Equal("Sinobright Import and Export Company", isn.Caption);
        Assert.Contains("and any successor, sub-unit, or subsidiary thereof", isn.Remarks);
        Assert.Equal(new DateOnly(2023, 7, 19), isn.ListedOn);
    }

    [Fact]
    public void Gzip_reads_as_its_content_uncompressed()
    {
        var plain = _scratch.File("csl_2022-05.csv");
        using (var gzip = new GZipStream(File.OpenRead(Path("csl_2022-05.csv.gz")), CompressionMode.Decompress))
        using (var output = File.Create(plain))
            gzip.CopyTo(output);

        var fromPlain = UsCslReader.Read(plain);

        Assert.Equal(Csl2022.Entities.Select(EntityText.Describe), fromPlain.Entities.Select(EntityText.Describe));
    }

    [Theory]
    [InlineData("csl_2022-05.csv.gz", 14159)]
    [InlineData("csl_excerpt_2025-06.csv", 13)]
    public void Loader_recognises_the_screening_list_by_content(string file, int entities)
    {
        var path = Path(file);

        Assert.Equal("US Consolidated Screening List CSV", FormatSniffer.Detect(path).Format?.Name);
        var report = ListLoader.Load([path]);

        Assert.Equal(entities, Assert.Single(report.Lists).Entities.Count);
    }

    [Fact]
    public void Loader_recognises_the_damaged_2023_file_as_a_screening_list()
    {
        Assert.Equal("US Consolidated Screening List CSV", FormatSniffer.Detect(Path("csl_2023-11-30.csv")).Format?.Name);
        Assert.Equal(4226, Assert.Single(ListLoader.Load([CompleteRecordsOf2023(_scratch)]).Lists).Entities.Count);
    }
}
