using System.Text;
using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>A broken feed is a state on that feed; the other feeds are polled all the same.</summary>
public sealed class BadInputTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
        <rss version="2.0"><channel><title>&c;</title><item><title>&c;</title></item></channel></rss>
        """;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BrokenFeeds_AreMarkedWithTheirError_AndTheGoodFeedIsPolled(string store)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Map("500.xml", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        server.MapBytes("html.xml", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Not a feed</title></head><body>Hi</body></html>"), "text/html");
        server.MapBytes("malformed.xml", Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>x</title><item><title>broken"), "application/xml");
        server.MapBytes("dtd.xml", Encoding.UTF8.GetBytes(BillionLaughs), "application/xml");
        server.MapFile("good.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        await using var feedhub = await FeedHubInstance.CreateAsync(store);
        var urls = new[] { "500.xml", "html.xml", "malformed.xml", "dtd.xml", "good.xml" }.Select(server.Url).ToArray();
        (await feedhub.RunAsync("feeds", "import", FeedHubInstance.WriteOpml(urls))).ExitCode.Should().Be(0);

        var poll = await feedhub.RunAsync("poll", "--all");

        poll.ExitCode.Should().Be(0, "the poll ran, even though some feeds failed");
        var list = await feedhub.RunAsync("feeds", "list", "--format", "json");
        var feeds = JsonDocument.Parse(list.Output).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("url").GetString()!, f => f);
        Feed(feeds, urls[0]).GetProperty("status").GetString().Should().Be("error");
        Feed(feeds, urls[0]).GetProperty("lastStatusCode").GetInt32().Should().Be(500);
        Feed(feeds, urls[1]).GetProperty("lastError").GetString().Should().Contain("HTML");
        Feed(feeds, urls[2]).GetProperty("lastError").GetString().Should().Contain("Malformed");
        Feed(feeds, urls[3]).GetProperty("lastError").GetString().Should().Contain("DOCTYPE");
        foreach (var url in urls.Take(4))
        {
            Feed(feeds, url).GetProperty("status").GetString().Should().Be("error");
            Feed(feeds, url).GetProperty("errorCount").GetInt32().Should().Be(1);
            Feed(feeds, url).GetProperty("nextPollAt").GetDateTimeOffset().Should().BeAfter(DateTimeOffset.UtcNow);
        }
        Feed(feeds, urls[4]).GetProperty("status").GetString().Should().Be("ok");
        (await feedhub.ExportAsync()).Should().HaveCount(3);
    }

    [Fact]
    public async Task LoopbackFeeds_AreRefused_WithAnErrorThatNamesTheSetting()
    {
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");

        var refused = await feedhub.RunRawAsync(["feeds", "add", "http://127.0.0.1:9/feed.xml", .. feedhub.StoreArgs]);
        var privateNet = await feedhub.RunRawAsync(["feeds", "add", "http://192.168.1.10/feed.xml", .. feedhub.StoreArgs]);

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("Fetch:AllowPrivateNetworks");
        privateNet.ExitCode.Should().Be(2);
        privateNet.Error.Should().Contain("Fetch:AllowPrivateNetworks");
    }

    [Fact]
    public async Task AFeedAddedWhileAllowed_IsRefusedAtFetchTime_WhenNoLongerAllowed()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapFile("good.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "add", server.Url("good.xml").AbsoluteUri)).ExitCode.Should().Be(0);

        var poll = await feedhub.RunRawAsync(["poll", "--all", .. feedhub.StoreArgs]);

        poll.ExitCode.Should().Be(0);
        var list = await feedhub.RunAsync("feeds", "list", "--format", "json");
        var feed = JsonDocument.Parse(list.Output).RootElement[0];
        feed.GetProperty("status").GetString().Should().Be("error");
        feed.GetProperty("lastError").GetString().Should().Contain("Fetch:AllowPrivateNetworks");
        server.CountRequests("good.xml").Should().Be(0, "the guard refuses before connecting");
    }

    private static JsonElement Feed(Dictionary<string, JsonElement> feeds, Uri url) => feeds[url.AbsoluteUri];
}
