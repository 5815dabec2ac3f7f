using System.Xml.Linq;

namespace FeedHub.Worker.Tests;

/// <summary>OPML 2.0 in and out, with categories, idempotent.</summary>
public sealed class OpmlTests
{
    [Fact]
    public async Task Import_KeepsCategories_IsIdempotent_AndExportRoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"feedhub-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>mine</title></head><body>
              <outline text="News"><outline type="rss" text="BLiTZ" xmlUrl="https://weeklyblitz.net/feed/"/></outline>
              <outline text="Tech"><outline type="rss" text="Verge" xmlUrl="https://www.theverge.com/rss/index.xml"/></outline>
              <outline type="rss" text="Loose" xmlUrl="https://example.org/feed.xml"/>
            </body></opml>
            """);
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");

        var first = await feedhub.RunRawAsync(["feeds", "import", path, .. feedhub.StoreArgs]);
        var second = await feedhub.RunRawAsync(["feeds", "import", path, .. feedhub.StoreArgs]);
        var export = await feedhub.RunRawAsync(["feeds", "export", .. feedhub.StoreArgs]);

        first.Output.Should().Contain("3 added");
        second.Output.Should().Contain("0 added, 3 already present");
        var body = XDocument.Parse(export.Output.Trim()).Root!.Element("body")!;
        body.Elements("outline").Single(o => (string?)o.Attribute("text") == "News")
            .Elements("outline").Select(o => (string?)o.Attribute("xmlUrl")).Should().Equal("https://weeklyblitz.net/feed/");
        body.Elements("outline").Single(o => (string?)o.Attribute("text") == "Tech")
            .Elements("outline").Select(o => (string?)o.Attribute("xmlUrl")).Should().Equal("https://www.theverge.com/rss/index.xml");
        body.Descendants("outline").Count(o => o.Attribute("xmlUrl") is not null).Should().Be(3);
        File.Delete(path);
    }
}
