using System.Text.Json.Nodes;
using Interdict.Core.Model;
using Interdict.Sources.Ftm;
using Interdict.Testing;
using static Interdict.Sources.Tests.Ftm.FtmTestFiles;

namespace Interdict.Sources.Tests.Ftm;

public sealed class FtmDeltaTests : IDisposable
{
    private const string Kuzmenko = "NK-2Ka3UvopqbpZmVDFjWd4LA";
    private const string Zhuravleva = "NK-2KeUB68qUJtykm3BuAcazG";
    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Sample_delta_adds_plotnikov_to_the_eu_fsf_sample()
    {
        var baseList = FtmReader.Read(EuFsf);

        var next = FtmDelta.Apply(baseList, Delta);

        Assert.Equal(5, next.CountBySchema()[Schema.Person]);
        Assert.Equal(2, next.CountBySchema()[Schema.Organization]);
        Assert.Equal(6, baseList.Entities.Count);
        var plotnikov = next.Entities.Single(e => e.Id == "Q4365364");
        Assert.Equal("Vladimir Nikolaevich PLOTNIKOV", plotnikov.Caption);
        Assert.Equal("Cyrillic", plotnikov.Names.Single(n => n.Value == "Владимир Николаевич ПЛОТНИКОВ").Script);
        Assert.Equal(new FuzzyDate(new PartialDate(1961, 11, 30)), Assert.Single(plotnikov.BirthDates));
        Assert.Equal("Member of the State Duma", Assert.Single(plotnikov.Positions));
        Assert.Equal(Gender.Male, plotnikov.Gender);
        Assert.Same(next.Version, plotnikov.Version);
    }

    [Fact]
    public void New_version_covers_the_base_files_and_the_delta()
    {
        var baseList = FtmReader.Read(EuFsf);

        var next = FtmDelta.Apply(baseList, Delta);

        Assert.Equal(["main", "delta"], next.Version.Files.Select(f => f.Role));
        Assert.Equal(baseList.Version.Files[0], next.Version.Files[0]);
        Assert.Equal(Path.GetFullPath(Delta), next.Version.Files[1].Path);
        Assert.NotEqual(baseList.Version.Hash, next.Version.Hash);
        Assert.Equal(ListVersionFactory.Create("eu_fsf", FtmReader.Format, null, next.Version.Files).Hash, next.Version.Hash);
        Assert.Equal(("eu_fsf", new DateOnly(2024, 6, 1)), (next.Version.SourceId, next.Version.Published));
    }

    [Fact]
    public void Mod_replaces_an_entity_and_del_removes_one()
    {
        var changed = Entity(EuFsf, Kuzmenko);
        changed["properties"]!["birthDate"] = new JsonArray("1971-01-23");
        changed["properties"]!["position"] = new JsonArray("Former General Director");
        var delta = Write(_scratch, "changes.delta.json",
            [Op("MOD", changed), Op("DEL", new JsonObject { ["id"] = Zhuravleva })]);

        var next = FtmDelta.Apply(FtmReader.Read(EuFsf), delta);

        Assert.Equal(3, next.CountBySchema()[Schema.Person]);
        Assert.DoesNotContain(next.Entities, e => e.Id == Zhuravleva);
        var kuzmenko = next.Entities.Single(e => e.Id == Kuzmenko);
        Assert.Equal(new FuzzyDate(new PartialDate(1971, 1, 23)), Assert.Single(kuzmenko.BirthDates));
        Assert.Equal("Former General Director", Assert.Single(kuzmenko.Positions));
        // A modified entity keeps its place in the list.
        Assert.Equal(1, next.Entities.ToList().IndexOf(kuzmenko));
    }

    [Fact]
    public void Delta_on_helper_entities_changes_the_parties_that_draw_on_them()
    {
        const string zakharov = "NK-aU5ybkbRFJucf8YMwsJvDw";
        var company = Entity(Mixed, "ru-inn-5920040846");
        company["target"] = true;
        var delta = Write(_scratch, "graph.delta.json",
        [
            Op("DEL", new JsonObject { ["id"] = "ofac-ca72a3fb3628c63a6357bbbb2664e3f326f51c48" }),
            Op("MOD", company),
        ]);

        var next = FtmDelta.Apply(FtmReader.Read(Mixed), delta);

        Assert.Equal(9, next.CountBySchema()[Schema.Company]);
        var links = next.Entities.Single(e => e.Id == zakharov).Links;
        Assert.Equal(13, links.Count);
        Assert.DoesNotContain(links, l => l.TargetId == "NK-2Tbri3s6GgNtAwsSXh4qpL");
        Assert.Contains(new EntityLink("owner of", "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЦСТ\"", "ru-inn-5920040846"), links);
    }

    [Fact]
    public void A_second_delta_replays_the_first()
    {
        var plotnikov = JsonNode.Parse(Lines(Delta)[0])!["entity"]!.AsObject();
        plotnikov["properties"]!["position"] = new JsonArray("Deputy of the State Duma");
        var second = Write(_scratch, "second.delta.json", [Op("MOD", plotnikov)]);
        var first = FtmDelta.Apply(FtmReader.Read(EuFsf), Delta);

        var next = FtmDelta.Apply(first, second);

        Assert.Equal(["main", "delta", "delta"], next.Version.Files.Select(f => f.Role));
        Assert.Equal(7, next.Entities.Count);
        Assert.Equal("Deputy of the State Duma", Assert.Single(next.Entities.Single(e => e.Id == "Q4365364").Positions));
    }

    [Fact]
    public void Add_of_an_id_the_list_has_is_refused_at_its_line()
    {
        var once = FtmDelta.Apply(FtmReader.Read(EuFsf), Delta);

        var error = Assert.Throws<ListDataException>(() => FtmDelta.Apply(once, Delta));

        Assert.Equal((Delta, "line 1"), (error.FilePath, error.Location));
        Assert.Equal("ADD of Q4365364, which the list already has (sample.delta.json line 1)", error.Problem);
    }

    [Fact]
    public void Mod_or_del_of_a_missing_id_is_refused_at_its_line()
    {
        var missing = Entity(EuFsf, Kuzmenko);
        missing["id"] = "NK-none";
        var delta = Write(_scratch, "missing.delta.json",
            [Op("DEL", new JsonObject { ["id"] = Zhuravleva }), Op("MOD", missing)]);
        var del = Write(_scratch, "del.delta.json", [Op("DEL", new JsonObject { ["id"] = "NK-none" })]);
        var baseList = FtmReader.Read(EuFsf);

        var error = Assert.Throws<ListDataException>(() => FtmDelta.Apply(baseList, delta));
        var delError = Assert.Throws<ListDataException>(() => FtmDelta.Apply(baseList, del));

        Assert.Equal((delta, "line 2", "MOD of NK-none, which the list does not have"), (error.FilePath, error.Location, error.Problem));
        Assert.Equal(("line 1", "DEL of NK-none, which the list does not have"), (delError.Location, delError.Problem));
        // Nothing of the refused delta stays: the valid DEL on line 1 applies to no version.
        Assert.Contains(baseList.Entities, e => e.Id == Zhuravleva);
    }

    [Fact]
    public void Unknown_op_and_malformed_line_are_refused_at_their_line()
    {
        var lines = Lines(Delta);
        var unknown = Write(_scratch, "unknown.delta.json", [lines[0].Replace("\"op\":\"ADD\"", "\"op\":\"UPSERT\"", StringComparison.Ordinal)]);
        var cut = Write(_scratch, "cut.delta.json", ["", lines[0][..200]]);
        var baseList = FtmReader.Read(EuFsf);

        var unknownError = Assert.Throws<ListDataException>(() => FtmDelta.Apply(baseList, unknown));
        var cutError = Assert.Throws<ListDataException>(() => FtmDelta.Apply(baseList, cut));

        Assert.Equal(("line 1", "unknown op \"UPSERT\" (a delta's ops are ADD, MOD and DEL)"), (unknownError.Location, unknownError.Problem));
        Assert.Equal(cut, cutError.FilePath);
        Assert.StartsWith("line 2, byte ", cutError.Location, StringComparison.Ordinal);
        Assert.StartsWith("not well-formed JSON", cutError.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_whose_file_changed_since_it_was_read_is_refused()
    {
        var copy = Write(_scratch, "eu.ftm.json", Lines(EuFsf));
        var baseList = FtmReader.Read(copy);
        File.AppendAllText(copy, Lines(Mixed)[0] + "\n");

        var error = Assert.Throws<ListDataException>(() => FtmDelta.Apply(baseList, Delta));

        Assert.Equal(copy, error.FilePath);
        Assert.Contains("has changed since the base version was read", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Delta_applies_to_ftm_lists_only()
    {
        var un = Interdict.Sources.Un.UnXmlReader.Read(SharedData.Lists("un", "un_consolidated_2026-02-27.xml"));

        var error = Assert.Throws<ListDataException>(() => FtmDelta.Apply(un, Delta));

        Assert.Equal("a FollowTheMoney delta applies to a FollowTheMoney list, not to un (UN consolidated XML)", error.Problem);
    }
}
