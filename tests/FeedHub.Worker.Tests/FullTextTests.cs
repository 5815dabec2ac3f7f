using System.Text.Json;
using FeedHub.Fingerprinting;
using FeedHub.Storage;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>Full text for truncated items, end to end through the command line against a loopback publisher.</summary>
public sealed class FullTextTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task FullTextOn_FetchesExtractsAndStoresPages_KeepsTheExcerpt_AndHonoursRobots(string store)
    {
        await using var server = await LoopbackServer.StartAsync();
        FullTextSite.MapPublisher(server);
        server.MapBytes("origin.xml", FullTextSite.OriginFeed());
        await using var feedhub = await FeedHubInstance.CreateAsync(store);
        var feedUrl = server.Url("excerpts.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", feedUrl)).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("feeds", "add", server.Url("origin.xml").AbsoluteUri)).ExitCode.Should().Be(0);
        var set = await feedhub.RunAsync("feeds", "set", feedUrl, "--full-text", "on");
        set.ExitCode.Should().Be(0, set.Error);
        (await feedhub.RunAsync("feeds", "list")).Output.Should().Contain("full-text on ").And.Contain("full-text default(off)");
        var listed = JsonDocument.Parse((await feedhub.RunAsync("feeds", "list", "--format", "json")).Output).RootElement.EnumerateArray().ToList();
        listed.Single(f => f.GetProperty("url").GetString() == feedUrl).GetProperty("fullText").GetBoolean().Should().BeTrue();
        foreach (var key in (string[])["id", "url", "title", "enabled", "status", "lastStatusCode", "lastError", "errorCount", "lastPolledAt", "nextPollAt", "disabledReason"])
            listed.Should().OnlyContain(f => f.EnumerateObject().Any(p => p.Name == key), "the Contract's keys stay");

        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("fulltext", "status")).Output.Should().MatchRegex(@"pending\s+4\b");
        server.Requests.Should().NotContain(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal), "pages are fetched by the full-text job, not by the poll");
        var before = await feedhub.ExportAsync();
        var originStory = before.Single(a => a.GetProperty("guid").GetString() == "origin-1").GetProperty("storyId").GetInt64();
        before.Single(a => a.GetProperty("guid").GetString() == "x-0").GetProperty("storyId").GetInt64().Should().NotBe(originStory, "the excerpt alone is too short to match");

        var fetch = await feedhub.RunAsync("fulltext", "fetch");
        fetch.ExitCode.Should().Be(0, fetch.Error);
        fetch.Output.Should().Contain("3 fetched").And.Contain("1 robots-disallowed");

        var after = (await feedhub.ExportAsync()).ToDictionary(a => a.GetProperty("guid").GetString()!);
        for (var i = 0; i < FullTextSite.Pages.Length; i++)
        {
            var (path, id) = FullTextSite.Pages[i];
            var exported = after["x-" + i];
            var text = exported.GetProperty("contentText").GetString()!;
            text.Length.Should().BeGreaterThan(FullTextSite.Body(id).Length / 2, "the export carries the page's whole article");
            text.Should().Contain(FullTextSite.Body(id).Split('\n')[2].Trim()[..60]);
            exported.GetProperty("canonicalUrl").GetString().Should().Be(UrlCanonicalizer.Canonicalize(FullTextSite.CanonicalUrl(id)), "the page's rel=canonical is the article's canonical URL");
            exported.GetProperty("url").GetString().Should().Be(server.Url(path).AbsoluteUri);

            var stored = await FullTextSite.StoredAsync(feedhub, exported.GetProperty("id").GetInt64());
            stored.FullTextStatus.Should().Be(FullTextStatus.Fetched);
            stored.ContentText.Should().StartWith(FullTextSite.Excerpt(id)[..100], "the feed's excerpt is kept beside the full text");
            stored.ContentText.Length.Should().BeLessThan(300);
            stored.FullTextText.Should().Be(text);
        }
        after["x-0"].GetProperty("storyId").GetInt64().Should().Be(originStory, "with the page's canonical URL the excerpt's item joins the publisher's story");
        after["x-0"].GetProperty("duplicateReason").GetString().Should().Be("canonical-url");

        var disallowed = await FullTextSite.StoredAsync(feedhub, after["x-3"].GetProperty("id").GetInt64());
        disallowed.FullTextStatus.Should().Be(FullTextStatus.RobotsDisallowed);
        disallowed.FullTextError.Should().Contain("robots.txt");
        after["x-3"].GetProperty("contentText").GetString().Should().Be(disallowed.ContentText, "without full text the export carries the excerpt");
        server.CountRequests(FullTextSite.DisallowedPath).Should().Be(0, "robots.txt disallows it");
        server.CountRequests("robots.txt").Should().Be(1, "robots.txt is cached per host");
        server.Requests.Where(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Headers["User-Agent"].StartsWith("FeedHub/", StringComparison.Ordinal) && r.Headers["Accept"].StartsWith("text/html", StringComparison.Ordinal),
                "pages go through the feed fetcher, asking for HTML");

        (await feedhub.RunAsync("fulltext", "fetch")).Output.Should().Contain("fetched full text of 0 articles", "nothing is pending any more");
    }

    [Fact]
    public async Task CrawlDelay_KeepsTheGapBetweenPagesOfAHost_PuttingOffPagesWhoseTurnIsFar()
    {
        await using var server = await LoopbackServer.StartAsync();
        FullTextSite.MapPublisher(server);
        // 600 s is clamped to FullText:MaxCrawlDelay (60 s), far beyond the 10 s a job waits for a turn.
        server.MapBytes("robots.txt", System.Text.Encoding.UTF8.GetBytes("User-agent: *\nCrawl-delay: 600\nDisallow: /private/\n"), "text/plain");
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        var feedUrl = server.Url("excerpts.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", feedUrl)).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("feeds", "set", feedUrl, "--full-text", "on")).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);

        var fetch = await feedhub.RunAsync("fulltext", "fetch");

        fetch.ExitCode.Should().Be(0, fetch.Error);
        fetch.Output.Should().Contain("1 fetched").And.Contain("1 robots-disallowed");
        server.Requests.Count(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal)).Should().Be(1, "one page of the host per Crawl-delay");
        var exported = await feedhub.ExportAsync();
        var putOff = new List<ArticleRecord>();
        foreach (var article in exported)
            putOff.Add(await FullTextSite.StoredAsync(feedhub, article.GetProperty("id").GetInt64()));
        putOff = putOff.Where(a => a.FullTextStatus == FullTextStatus.Pending).ToList();
        putOff.Should().HaveCount(2);
        putOff.Should().OnlyContain(a => a.FullTextError!.Contains("Crawl-delay", StringComparison.Ordinal) && a.FullTextError.Contains("60 s", StringComparison.Ordinal),
            "the clamped delay is what the worker keeps");
    }

    [Fact]
    public async Task FullTextOff_RequestsNoPages_AndTheConfigFileCanTurnItOn()
    {
        await using var server = await LoopbackServer.StartAsync();
        FullTextSite.MapPublisher(server);
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        var feedUrl = server.Url("excerpts.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", feedUrl)).ExitCode.Should().Be(0);

        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("fulltext", "fetch")).Output.Should().Contain("fetched full text of 0 articles");
        server.Requests.Select(r => r.Path).Should().OnlyContain(p => p == "/excerpts.xml", "full text is off by default");
        (await feedhub.ExportAsync()).Should().HaveCount(4);

        // An entry in the config file turns it on for this feed; items already stored are asked for when the feed changes.
        server.MapBytes("excerpts.xml", FullTextSite.ExcerptFeed(server, FullTextSite.Pages.Select(p => (p.Path, FullTextSite.Excerpt(p.Id)))));
        string[] config = ["--Cleaning:FeedRules:0:Url=" + feedUrl, "--Cleaning:FeedRules:0:FullText=true"];
        (await feedhub.RunAsync(["feeds", "list", .. config])).Output.Should().Contain("full-text default(on)");
        (await feedhub.RunAsync(["poll", "--all", .. config])).ExitCode.Should().Be(0);
        (await feedhub.RunAsync(["fulltext", "fetch", .. config])).Output.Should().Contain("3 fetched");

        // A feed rule applies to the stored full text too: `reclean` cleans the stored extraction again.
        var (_, id) = FullTextSite.Pages[0];
        var paragraph = FullTextSite.Body(id).Split('\n', StringSplitOptions.RemoveEmptyEntries)[3].Trim();
        (await feedhub.ExportAsync()).Single(a => a.GetProperty("url").GetString() == server.Url(FullTextSite.Pages[0].Path).AbsoluteUri)
            .GetProperty("contentText").GetString().Should().Contain(paragraph[..40]);
        (await feedhub.RunAsync("rules", "add-pattern", feedUrl, "^" + System.Text.RegularExpressions.Regex.Escape(paragraph[..40]))).ExitCode.Should().Be(0);
        var reclean = await feedhub.RunAsync(["reclean", "--feed", feedUrl, .. config]);
        reclean.ExitCode.Should().Be(0, reclean.Error);
        var recleaned = (await feedhub.ExportAsync()).Single(a => a.GetProperty("url").GetString() == server.Url(FullTextSite.Pages[0].Path).AbsoluteUri);
        recleaned.GetProperty("contentText").GetString().Should().NotContain(paragraph[..40]).And.Contain(FullTextSite.Body(id).Split('\n')[2].Trim()[..60]);
        (await FullTextSite.StoredAsync(feedhub, recleaned.GetProperty("id").GetInt64())).FullTextStatus.Should().Be(FullTextStatus.Fetched);

        // `feeds set --full-text off` wins over the config file.
        (await feedhub.RunAsync("feeds", "set", feedUrl, "--full-text", "off")).ExitCode.Should().Be(0);
        (await feedhub.RunAsync(["feeds", "list", .. config])).Output.Should().Contain("full-text off ");
        (await feedhub.RunAsync("feeds", "set", "https://nowhere.example/feed", "--full-text", "on")).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task BadPages_GiveNoContentOrError_Quickly_AndTheExcerptStays()
    {
        await using var server = await LoopbackServer.StartAsync();
        string[] bad = ["bad/pdf", "bad/login-wall", "bad/missing", "bad/huge", "bad/slow", "bad/server-error"];
        FullTextSite.MapPublisher(server, bad);
        server.MapBytes("bad/pdf", [.. "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"u8, 0, 0, 1, 2, 3], "application/pdf");
        server.MapBytes("bad/login-wall", "<html><head><title>Sign in</title></head><body><nav><a href=\"/\">Home</a></nav><form><p>Please log in to read this article.</p><input name=\"user\"><input type=\"password\" name=\"pw\"></form></body></html>"u8.ToArray(), "text/html");
        server.Map("bad/huge", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = System.Text.Encoding.ASCII.GetBytes("<p>" + new string('x', 65_000) + "</p>");
            for (var i = 0; i < 20 * 1024 * 1024 / chunk.Length && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        server.Map("bad/slow", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        server.Map("bad/server-error", context => { context.Response.StatusCode = 503; return Task.CompletedTask; });
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        var feedUrl = server.Url("excerpts.xml").AbsoluteUri;
        (await feedhub.RunAsync("feeds", "add", feedUrl)).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("feeds", "set", feedUrl, "--full-text", "on")).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("poll", "--all")).ExitCode.Should().Be(0);

        string[] settings = ["--Fetch:Timeout=00:00:02", "--FullText:MaxAttempts=2", "--FullText:RetryDelay=00:00:00"];
        var fetch = await feedhub.RunAsync(["fulltext", "fetch", .. settings]);
        fetch.ExitCode.Should().Be(0, fetch.Error);

        var articles = (await feedhub.ExportAsync()).ToDictionary(a => a.GetProperty("url").GetString()!);
        var expected = new Dictionary<string, string>
        {
            ["bad/pdf"] = FullTextStatus.NoContent,
            ["bad/login-wall"] = FullTextStatus.NoContent,
            ["bad/missing"] = FullTextStatus.Error,
            ["bad/huge"] = FullTextStatus.NoContent,
            ["bad/slow"] = FullTextStatus.Pending, // a passing failure: tried again later
            ["bad/server-error"] = FullTextStatus.Pending,
        };
        foreach (var (path, status) in expected)
        {
            var exported = articles[server.Url(path).AbsoluteUri];
            var stored = await FullTextSite.StoredAsync(feedhub, exported.GetProperty("id").GetInt64());
            stored.FullTextStatus.Should().Be(status, path + " left " + stored.FullTextError);
            stored.FullTextError.Should().NotBeNullOrEmpty();
            stored.FullTextText.Should().BeNull();
            stored.ContentText.Should().Contain("cuts short", "the excerpt stays");
            exported.GetProperty("contentText").GetString().Should().Be(stored.ContentText);
        }
        server.CountRequests("bad/slow").Should().Be(1);

        // The second attempt is the last: it ends in an error, and nothing is fetched again after that.
        var again = await feedhub.RunAsync(["fulltext", "fetch", .. settings]);
        again.Output.Should().Contain("2 error");
        foreach (var path in (string[])["bad/slow", "bad/server-error"])
        {
            var stored = await FullTextSite.StoredAsync(feedhub, articles[server.Url(path).AbsoluteUri].GetProperty("id").GetInt64());
            stored.FullTextStatus.Should().Be(FullTextStatus.Error);
            stored.FullTextError.Should().Contain("gave up after 2 attempts");
            server.CountRequests(path).Should().Be(2);
        }
        (await feedhub.RunAsync(["fulltext", "fetch", .. settings])).Output.Should().Contain("fetched full text of 0 articles");
    }
}
