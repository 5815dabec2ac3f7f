using System.Text.Json;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>
/// The case FeedHub was born from, through the command line as a user runs it: the Weekly Blitz article in its
/// publisher's feed and reposted by an aggregator, each with its layers of boilerplate.
/// </summary>
public sealed class SeedCaseTests
{
    private static readonly string[] Boilerplate =
        ["Please follow Blitz", "appeared first on", "[Read More]", "Source: Weekly Blitz", "Comments are closed"];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportPollExport_StoresTheArticleOnce_CleanAndAsOneStory(string store)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapFile("origin.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"), etag: "\"origin-v1\"");
        server.MapFile("aggregator.xml", FixtureFiles.PathOf("weekly-blitz", "aggregator-feed.xml"), etag: "\"agg-v1\"");
        await using var feedhub = await FeedHubInstance.CreateAsync(store);
        var opml = FeedHubInstance.WriteOpml(server.Url("origin.xml"), server.Url("aggregator.xml"));

        (await feedhub.RunAsync("feeds", "import", opml)).ExitCode.Should().Be(0);
        var poll = await feedhub.RunAsync("poll", "--all");
        poll.ExitCode.Should().Be(0, poll.Error);
        var articles = await feedhub.ExportAsync();

        articles.Should().HaveCount(4);
        foreach (var article in articles)
        {
            var text = article.GetProperty("contentText").GetString()!;
            var html = article.GetProperty("contentHtml").GetString()!;
            foreach (var phrase in Boilerplate)
            {
                text.Should().NotContain(phrase);
                html.Should().NotContain(phrase);
            }
        }

        var blitz = articles.Where(a => a.GetProperty("title").GetString()!.Contains("China", StringComparison.OrdinalIgnoreCase)).ToList();
        blitz.Should().HaveCount(2);
        var original = blitz.Single(a => a.GetProperty("feedUrl").GetString() == server.Url("origin.xml").AbsoluteUri);
        var repost = blitz.Single(a => a.GetProperty("feedUrl").GetString() == server.Url("aggregator.xml").AbsoluteUri);
        var expectedLines = File.ReadAllLines(FixtureFiles.PathOf("weekly-blitz", "expected-body.txt")).Where(l => l.Trim().Length > 0);
        var originalText = original.GetProperty("contentText").GetString()!;
        foreach (var line in expectedLines)
            originalText.Should().Contain(line.Trim());

        repost.GetProperty("storyId").GetInt64().Should().Be(original.GetProperty("storyId").GetInt64());
        original.GetProperty("isRepresentative").GetBoolean().Should().BeTrue();
        repost.GetProperty("isRepresentative").GetBoolean().Should().BeFalse();
        repost.GetProperty("originalUrl").GetString().Should().Contain("weeklyblitz.net/2025/03/25/china-rejects-speculation");
        articles.Select(a => a.GetProperty("storyId").GetInt64()).Distinct().Should().HaveCount(3);

        var again = await feedhub.RunAsync("poll", "--all");
        again.ExitCode.Should().Be(0);
        again.Output.Should().Contain("0 articles added");
        (await feedhub.ExportAsync()).Should().HaveCount(4);
        server.Requests.Where(r => r.Path == "/origin.xml").Last().Headers.Should().ContainKey("If-None-Match");
    }

    [Fact]
    public async Task ExportLine_HasEveryContractField()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapFile("origin.xml", FixtureFiles.PathOf("weekly-blitz", "origin-feed.xml"));
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        (await feedhub.RunAsync("feeds", "add", server.Url("origin.xml").AbsoluteUri)).ExitCode.Should().Be(0);
        (await feedhub.RunAsync("poll", "--feed", server.Url("origin.xml").AbsoluteUri)).ExitCode.Should().Be(0);

        var line = (await feedhub.ExportAsync())[0];
        var names = line.EnumerateObject().Select(p => p.Name).ToList();
        names.Should().BeEquivalentTo(
            ["id", "feedUrl", "guid", "url", "canonicalUrl", "title", "author", "publishedAt", "fetchedAt", "contentHtml",
             "contentText", "storyId", "isRepresentative", "originalUrl", "duplicateReason", "similarity"]);
        line.GetProperty("originalUrl").ValueKind.Should().Be(JsonValueKind.Null);
        line.GetProperty("duplicateReason").ValueKind.Should().Be(JsonValueKind.Null);
        line.GetProperty("publishedAt").GetDateTimeOffset().Offset.Should().Be(TimeSpan.Zero);
    }
}
