using System.Text;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Parsing;

/// <summary>Where CodeHollow.FeedReader loses data, FeedParser reads the XML itself: content, links, cadence hints.</summary>
public sealed class FeedContentTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/blog/feed.xml");

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), "application/xml", FeedUrl);

    [Fact]
    public void AtomXhtmlContent_KeepsItsMarkup()
    {
        var feed = FeedParser.Parse(FixtureFiles.Bytes("real-feeds", "codehollow", "AtomBattleNet.xml"), null, FeedUrl);
        var first = feed.Items[0];

        first.ContentHtml.Should().StartWith("<p>Today marks the beginning of Season 4 of 2018")
            .And.Contain("<h2>General</h2>")
            .And.Contain("<li>New Hydralisk Trophy Top for Season 4.</li>")
            .And.NotContain("xmlns");
        first.SummaryHtml.Should().Be("Major balance changes are here along with the beginning of Season 4. ");
    }

    [Fact]
    public void ContentEncoded_IsDecodedOnce_SoEscapedMarkupStaysText()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
            <item><title>Escaping</title><link>https://feeds.example/1</link>
            <content:encoded>&lt;p&gt;Write &amp;lt;script&amp;gt; as text&lt;/p&gt;</content:encoded></item></channel></rss>
            """);

        feed.Items.Single().ContentHtml.Should().Be("<p>Write &lt;script&gt; as text</p>");
    }

    [Fact]
    public void RelativeLinks_ResolveAgainstXmlBase_ThenTheFeedUrl()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example/site/"><title>Base</title>
              <entry xml:base="posts/"><title>One</title><id>1</id><link href="one.html"/><content type="html">x</content></entry>
              <entry><title>Two</title><id>2</id><link href="/two.html"/></entry>
            </feed>
            """);
        var rss = Parse("""
            <rss version="2.0"><channel><title>t</title><item><title>Three</title><link>../three.html</link></item></channel></rss>
            """);

        feed.Items[0].Link.Should().Be("https://cdn.example/site/posts/one.html");
        feed.Items[0].BaseUrl.Should().Be(new Uri("https://cdn.example/site/posts/"));
        feed.Items[1].Link.Should().Be("https://cdn.example/two.html");
        rss.Items[0].Link.Should().Be("https://feeds.example/three.html");
    }

    [Theory]
    [InlineData("codehollow/Rss20BreakingNews.xml", 3, null)]
    [InlineData("codehollow/Rss20FeedWebResourceSample.xml", 40, null)]
    [InlineData("codehollow/Rss20JapanTimes.xml", null, 60)]
    [InlineData("codehollow/Rss10OrfAt.xml", null, 30)]
    [InlineData("miniflux/parser/large_rss.xml", null, null)]
    public void CadenceHints_AreRead(string file, int? ttlMinutes, int? updatePeriodMinutes)
    {
        var feed = FeedParser.Parse(FixtureFiles.Bytes(["real-feeds", .. file.Split('/')]), null, FeedUrl);

        feed.Ttl.Should().Be(ttlMinutes is { } t ? TimeSpan.FromMinutes(t) : null);
        feed.UpdatePeriod.Should().Be(updatePeriodMinutes is { } u ? TimeSpan.FromMinutes(u) : null);
    }

    [Fact]
    public void UnreadableDate_IsMissing_NotNow()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>t</title>
            <item><title>Bad</title><guid>1</guid><pubDate>sometime last week</pubDate></item>
            <item><title>None</title><guid>2</guid></item>
            <item><title>Good</title><guid>3</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
            </channel></rss>
            """);

        feed.Items.Select(i => i.PublishedAt).Should().Equal(null, null, new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("https://jsonfeed.org/version/1.1", "json-1.1")]
    [InlineData("https://jsonfeed.org/version/1", "json-1.0")]
    public void JsonFeed_IsRead(string version, string format)
    {
        var json = $$$"""
            {"version":"{{{version}}}","title":"Jörg's notes","home_page_url":"https://feeds.example/",
             "authors":[{"name":"Jörg"}],
             "items":[{"id":"2","url":"/posts/2","title":"Zweiter Eintrag","content_html":"<p>Grüße</p>","date_published":"2026-02-01T10:00:00+01:00"},
                      {"id":"1","external_url":"https://elsewhere.example/a","content_text":"Hallo\n\nWelt","date_published":"not a date","author":{"name":"Old"}}]}
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), "application/feed+json", FeedUrl);

        feed.Format.Should().Be(format);
        feed.Title.Should().Be("Jörg's notes");
        feed.Items[0].Link.Should().Be("https://feeds.example/posts/2");
        feed.Items[0].ContentHtml.Should().Be("<p>Grüße</p>");
        feed.Items[0].PublishedAt.Should().Be(new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero));
        feed.Items[0].Author.Should().Be("Jörg");
        feed.Items[1].Link.Should().Be("https://elsewhere.example/a");
        feed.Items[1].ContentHtml.Should().Be("<p>Hallo</p><p>Welt</p>");
        feed.Items[1].PublishedAt.Should().BeNull();
    }

    [Theory]
    [InlineData("", "*empty*")]
    [InlineData("just some text", "*neither XML nor JSON*")]
    [InlineData("{\"title\":\"no version\"}", "*not a JSON Feed*")]
    [InlineData("{\"version\":", "*Malformed JSON*")]
    [InlineData("<rss version=\"2.0\"><channel><title>unclosed", "*Malformed*")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "*")]
    public void NotAFeed_IsAParseError(string body, string message)
    {
        var parse = () => FeedParser.Parse(Encoding.UTF8.GetBytes(body), null, FeedUrl);

        parse.Should().Throw<FeedParseException>().WithMessage(message);
    }
}
