using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Interdict.Server.Security;

namespace Interdict.Server.Tests;

/// <summary>Who may call what: keys and their roles, anonymous access only when configured, RFC 7807 bodies.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(lists: [Interdict.Testing.SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Health_and_readiness_answer_without_a_key()
    {
        var client = _service.Client(role: null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(1, ready.GetProperty("generation").GetInt32());
    }

    [Fact]
    public async Task Without_a_key_the_catalogue_is_401_with_a_problem_body()
    {
        var response = await _service.Client(role: null).GetAsync("/catalog");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_key_is_401()
    {
        var client = _service.Client(role: null);
        client.DefaultRequestHeaders.Add("X-Api-Key", "idk_not-a-key-we-issued");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/catalog")).StatusCode);
    }

    [Fact]
    public async Task A_screen_key_reads_the_catalogue_but_may_not_reload()
    {
        var client = _service.Client(ApiRole.Screen);

        var catalog = await client.GetFromJsonAsync<JsonElement>("/catalog");
        var reload = await client.PostAsync("/admin/lists/reload", null);

        var un = Assert.Single(catalog.GetProperty("datasets").EnumerateArray());
        Assert.Equal("un", un.GetProperty("name").GetString());
        Assert.Equal(1003, un.GetProperty("entity_count").GetInt32());
        Assert.Equal("2026-02-27", un.GetProperty("published").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, reload.StatusCode);
        Assert.Equal("application/problem+json", reload.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_admin_key_reloads_and_the_generation_moves_on()
    {
        var before = _service.Lists.Require().Generation;

        var reload = await _service.Client(ApiRole.Admin).PostAsync("/admin/lists/reload", null);

        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        Assert.Equal(before + 1, (await reload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generation").GetInt32());
    }

    [Fact]
    public async Task A_key_in_the_api_key_parameter_is_accepted_for_clients_that_cannot_send_headers()
    {
        var client = _service.Client(role: null);

        var withKey = await client.GetAsync($"/catalog?api_key={_service.Key(ApiRole.Screen)}");
        var wrongKey = await client.GetAsync("/catalog?api_key=idk_not-a-key-we-issued");

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
    }

    [Fact]
    public async Task Keys_are_stored_only_as_hashes()
    {
        var file = await File.ReadAllTextAsync(ApiKeyStore.PathIn(_service.Settings.DataDirectory));

        foreach (var role in Enum.GetValues<ApiRole>()) Assert.DoesNotContain(_service.Key(role), file, StringComparison.Ordinal);
        Assert.Equal(3, ApiKeyStore.Open(_service.Settings.DataDirectory).Keys.Count);
    }
}

public sealed class AnonymousAccessTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(
        s => s with { AllowAnonymous = true }, [Interdict.Testing.SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Configured_for_local_use_a_call_without_a_key_screens_but_does_not_administer()
    {
        var client = _service.Client(role: null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/catalog")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/admin/lists/reload", null)).StatusCode);
    }
}
