using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Interdict.Testing;

namespace Interdict.Server.Tests.Operations;

/// <summary>The OpenAPI document and the interactive reference at <c>/docs</c>: anonymous, and the page with every
/// script and style it loads comes from the service itself.</summary>
public sealed partial class ApiReferenceTests : IAsyncLifetime
{
    private TestService _service = null!;

    public async Task InitializeAsync() => _service = await TestService.StartAsync(lists: [SharedData.Lists("un", "un_consolidated_2026-02-27.xml")]);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_openapi_document_describes_the_screening_endpoint_and_the_key()
    {
        var document = await _service.Client(role: null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var screen = document.GetProperty("paths").GetProperty("/v1/screen").GetProperty("post");
        Assert.Equal("#/components/schemas/ScreenRequest",
            screen.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var request = document.GetProperty("components").GetProperty("schemas").GetProperty("ScreenRequest").GetProperty("properties");
        Assert.True(request.TryGetProperty("birth_date", out _));
        var key = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("X-Api-Key", key.GetProperty("name").GetString());
        Assert.Equal("header", key.GetProperty("in").GetString());
    }

    [Fact]
    public async Task The_docs_page_and_its_scripts_and_styles_come_from_the_service()
    {
        var client = _service.Client(role: null);

        var page = await client.GetAsync("/docs");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        var index = new Uri(page.RequestMessage!.RequestUri!, page.Headers.Location!);
        Assert.Equal("/docs/index.html", index.AbsolutePath);
        var html = await client.GetStringAsync(index);

        Assert.Contains("<div id=\"swagger-ui\">", html, StringComparison.Ordinal);
        var assets = Reference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains("./swagger-ui-bundle.js", assets);
        Assert.Contains("./swagger-ui.css", assets);
        foreach (var asset in assets)
        {
            var url = new Uri(index, asset);
            Assert.Equal(client.BaseAddress!.Authority, url.Authority);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(text.Length > 0, $"{url} is empty");
            // Scripts and styles load nothing from another host.
            Assert.DoesNotMatch(RemoteScriptOrStyle(), text);
            Assert.DoesNotMatch(RemoteCssImport(), text);
        }
        // swagger-ui would post the document to swagger.io's validator; Swashbuckle's page turns it off unless configured.
        var setup = await client.GetStringAsync(new Uri(index, "index.js"));
        Assert.Contains("configObject.validatorUrl = null", setup, StringComparison.Ordinal);
        Assert.DoesNotContain("\"validatorUrl\":", setup, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"/openapi/v1.json\"", setup, StringComparison.Ordinal);
    }

    /// <summary>The src and href attributes of the page's script and link elements.</summary>
    [GeneratedRegex("""<(?:script|link)\b[^>]*\b(?:src|href)="(?<url>[^"]+)"|<script\b[^>]*\bsrc=(?<url>[^\s>"]+)""")]
    private static partial Regex Reference();

    [GeneratedRegex("""(?:https?:)?//[^"'\s)]+\.(?:js|css)(?=["'\s)?#])""")]
    private static partial Regex RemoteScriptOrStyle();

    [GeneratedRegex("""@import\s+(?:url\()?\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//""")]
    private static partial Regex RemoteCssImport();
}
