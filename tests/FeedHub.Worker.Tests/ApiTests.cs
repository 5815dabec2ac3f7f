using System.Net;
using System.Text.Json;
using FeedHub.Testing;
using FeedHub.Worker.Api;

namespace FeedHub.Worker.Tests;

/// <summary>The REST API, output feeds and access rules, through the real HTTP pipeline of the daemon.</summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed partial class ApiTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private FeedHubInstance _feedhub = null!;
    private InProcessDaemon _daemon = null!;
    private string _storedKey = "";
    private const string ConfiguredKey = "configured-key-for-tests";

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.MapFile("origin.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        _server.MapFile("aggregator.xml", FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"));
        _feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await _feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml(_server.Url("origin.xml"), _server.Url("aggregator.xml")))).ExitCode.Should().Be(0);
        (await _feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
        var created = await _feedhub.RunAsync("keys", "create", "tests");
        created.ExitCode.Should().Be(0);
        _storedKey = created.Output.Trim();
        _daemon = await InProcessDaemon.StartAsync(_feedhub,
            "--Api:Keys:0:Name=configured", $"--Api:Keys:0:KeyHash={ApiAccess.HashKey(ConfiguredKey)}",
            "--Dashboard:Users:0:Name=ops", $"--Dashboard:Users:0:PasswordHash={PasswordHashing.Hash("ops-secret")}",
            "--Dashboard:Users:1:Name=viewer", $"--Dashboard:Users:1:PasswordHash={PasswordHashing.Hash("viewer-secret")}", "--Dashboard:Users:1:ReadOnly=true");
    }

    public async Task DisposeAsync()
    {
        await _daemon.DisposeAsync();
        await _feedhub.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Articles_PageThroughEveryArticleOnce()
    {
        var seen = new List<long>();
        string? cursor = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var response = await _daemon.GetAsync("/api/articles?limit=1" + (cursor is null ? "" : "&cursor=" + cursor));
            response.Response.StatusCode.Should().Be(200);
            var page = JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement;
            var items = page.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0)
                break;
            items.Should().ContainSingle();
            seen.Add(items[0].GetProperty("id").GetInt64());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        seen.Should().HaveCount(4).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("representativesOnly=true", 3)]
    [InlineData("feed=1", 3)]
    [InlineData("feed=2", 1)]
    [InlineData("since=2000-01-01T00:00:00Z", 4)]
    [InlineData("since=2100-01-01T00:00:00Z", 0)]
    public async Task Articles_Filter(string query, int expected)
    {
        var response = await _daemon.GetAsync("/api/articles?" + query);
        response.Response.StatusCode.Should().Be(200);
        JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement.GetProperty("items").GetArrayLength().Should().Be(expected);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("since=yesterday", "since")]
    public async Task Articles_BadParameters_AreProblemDetails(string query, string field)
    {
        var response = await _daemon.GetAsync("/api/articles?" + query);

        response.Response.StatusCode.Should().Be(400);
        response.Response.ContentType.Should().StartWith("application/problem+json");
        JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task Article_AndStory_WithMembersAndReasons()
    {
        var page = JsonDocument.Parse(InProcessDaemon.Body(await _daemon.GetAsync("/api/articles?feed=2"))).RootElement;
        var repost = page.GetProperty("items")[0];
        var storyId = repost.GetProperty("storyId").GetInt64();

        var article = await _daemon.GetAsync($"/api/articles/{repost.GetProperty("id").GetInt64()}");
        var story = await _daemon.GetAsync($"/api/stories/{storyId}");
        var missing = await _daemon.GetAsync("/api/articles/999999");

        article.Response.StatusCode.Should().Be(200);
        var members = JsonDocument.Parse(InProcessDaemon.Body(story)).RootElement.GetProperty("members").EnumerateArray().ToList();
        members.Should().HaveCount(2);
        members.Count(m => m.GetProperty("isRepresentative").GetBoolean()).Should().Be(1);
        members.Single(m => !m.GetProperty("isRepresentative").GetBoolean()).GetProperty("reason").GetString().Should().NotBeNullOrEmpty();
        missing.Response.StatusCode.Should().Be(404);
        missing.Response.ContentType.Should().StartWith("application/problem+json");
    }

    [Fact]
    public async Task Responses_CarryAnETag_AndAnswer304ToIt()
    {
        var first = await _daemon.GetAsync("/api/feeds");
        var etag = first.Response.Headers.ETag.ToString();
        var second = await _daemon.GetAsync("/api/feeds", headers: new Dictionary<string, string> { ["If-None-Match"] = etag });

        etag.Should().NotBeNullOrEmpty();
        second.Response.StatusCode.Should().Be(304);
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("wrong-key", 401)]
    [InlineData("stored", 200)]
    [InlineData("configured", 200)]
    public async Task Api_FromElsewhere_NeedsAKey(string? key, int expected)
    {
        var headers = new Dictionary<string, string>();
        if (key is not null)
            headers["X-Api-Key"] = key switch { "stored" => _storedKey, "configured" => ConfiguredKey, _ => key };

        var response = await _daemon.GetAsync("/api/articles", InProcessDaemon.Remote, headers);
        var bearer = await _daemon.GetAsync("/feeds/all.atom", InProcessDaemon.Remote,
            key is null ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + headers["X-Api-Key"] });

        response.Response.StatusCode.Should().Be(expected);
        bearer.Response.StatusCode.Should().Be(expected);
        (await _daemon.GetAsync("/api/articles")).Response.StatusCode.Should().Be(200, "loopback reads without a key");
    }

    [Fact]
    public async Task OutputFeeds_ParseBack_WithRepresentativesOnly()
    {
        var atom = await _daemon.GetAsync("/feeds/all.atom");
        var json = await _daemon.GetAsync("/feeds/all.json");

        atom.Response.ContentType.Should().StartWith("application/atom+xml");
        var parsed = CodeHollow.FeedReader.FeedReader.ReadFromString(InProcessDaemon.Body(atom));
        parsed.Type.Should().Be(CodeHollow.FeedReader.FeedType.Atom);
        parsed.Items.Should().HaveCount(3);
        parsed.Items.Should().OnlyContain(i => !string.IsNullOrEmpty(i.Id) && !string.IsNullOrEmpty(i.Title) && !string.IsNullOrEmpty(i.Content));
        parsed.Items.Select(i => i.Content).Should().NotContain(c => c.Contains("appeared first on", StringComparison.Ordinal));

        var feed = JsonDocument.Parse(InProcessDaemon.Body(json)).RootElement;
        feed.GetProperty("version").GetString().Should().Be("https://jsonfeed.org/version/1.1");
        feed.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        items.Should().HaveCount(3);
        items.Should().OnlyContain(i => i.GetProperty("id").GetString()!.Length > 0 && i.GetProperty("content_html").GetString()!.Length > 0);

        var again = await _daemon.GetAsync("/feeds/all.atom", headers: new Dictionary<string, string> { ["If-None-Match"] = atom.Response.Headers.ETag.ToString() });
        again.Response.StatusCode.Should().Be(304);
        (await _daemon.GetAsync("/feeds/feed/2.atom")).Response.StatusCode.Should().Be(200);
        (await _daemon.GetAsync("/feeds/feed/99.json")).Response.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var response = await _daemon.GetAsync("/openapi/v1.json");
        response.Response.StatusCode.Should().Be(200);
        var paths = JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/articles", out _).Should().BeTrue();
        paths.TryGetProperty("/api/stories/{id}", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Dashboard_FromElsewhere_NeedsCredentials_AndReadOnlyUsersCannotAct()
    {
        static Dictionary<string, string> Basic(string user, string password) =>
            new() { ["Authorization"] = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")) };

        (await _daemon.GetAsync("/hangfire", InProcessDaemon.Remote)).Response.StatusCode.Should().Be(401);
        (await _daemon.GetAsync("/hangfire", InProcessDaemon.Remote, Basic("ops", "wrong"))).Response.StatusCode.Should().Be(401);
        (await _daemon.GetAsync("/hangfire", InProcessDaemon.Remote, Basic("ops", "ops-secret"))).Response.StatusCode.Should().Be(200);
        (await _daemon.GetAsync("/hangfire", InProcessDaemon.Remote, Basic("viewer", "viewer-secret"))).Response.StatusCode.Should().Be(200);
        (await _daemon.GetAsync("/hangfire")).Response.StatusCode.Should().Be(200, "loopback needs nothing");

        const string trigger = "jobs%5B%5D=dispatch-due-feeds";
        var viewer = await _daemon.SendAsync("POST", "/hangfire/recurring/trigger", InProcessDaemon.Remote, Basic("viewer", "viewer-secret"), trigger);
        var ops = await _daemon.SendAsync("POST", "/hangfire/recurring/trigger", InProcessDaemon.Remote, Basic("ops", "ops-secret"), trigger);

        viewer.Response.StatusCode.Should().BeOneOf(401, 403);
        ops.Response.StatusCode.Should().Be(204);
        var page = InProcessDaemon.Body(await _daemon.GetAsync("/hangfire/recurring", InProcessDaemon.Remote, Basic("ops", "ops-secret")));
        page.Should().Contain("dispatch-due-feeds").And.Contain("learn-boilerplate").And.Contain("retention");
        page.Should().NotContain("Host=").And.NotContain("Data Source=");
    }

    [Fact]
    public async Task Metrics_AreValidPrometheusText_AndMoveAfterAPoll()
    {
        var before = Sample(InProcessDaemon.Body(await _daemon.GetAsync("/metrics")), "feedhub_polls_total");
        _server.MapFile("third.xml", FixtureFiles.PathOf("real-feeds", "codehollow", "Rss20CodeHollowCom.xml"));
        (await _feedhub.RunAsync("feeds", "add", _server.Url("third.xml").AbsoluteUri)).ExitCode.Should().Be(0);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        double after;
        string text;
        do
        {
            await Task.Delay(500);
            text = InProcessDaemon.Body(await _daemon.GetAsync("/metrics"));
            after = Sample(text, "feedhub_polls_total");
        }
        while (after <= before && DateTime.UtcNow < deadline);

        after.Should().BeGreaterThan(before, "the dispatcher polled the new feed");
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')))
            line.Should().MatchRegex("""^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? (-?[0-9.]+([eE][-+]?[0-9]+)?|NaN|\+Inf|-Inf)$""");
        text.Should().MatchRegex("(?m)^feedhub_polls_total\\{outcome=\"200\"\\} [1-9]");
        text.Should().Contain("feedhub_fetch_duration_seconds_bucket");
        text.Should().Contain("feedhub_feeds{state=");
    }

    private static double Sample(string text, string name) =>
        text.Split('\n').Where(l => l.StartsWith(name, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
}
