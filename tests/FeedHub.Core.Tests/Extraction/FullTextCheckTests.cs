using FeedHub.Cleaning;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Extraction;

/// <summary>Which items get their page fetched: the feed allows it, the item has a web page, and it looks truncated.</summary>
public sealed class FullTextCheckTests
{
    private static readonly ContentCleaner Cleaner = new();

    private static ArticleRecord Article(string raw, string? link) => new()
    {
        FeedId = 1,
        Url = link,
        FetchedAt = DateTimeOffset.UnixEpoch,
        IdentityKey = "k",
        RawContent = raw,
        ContentText = Cleaner.Clean(raw, link is null ? null : new Uri(link)).Text,
    };

    private static IReadOnlyList<ParsedItem> WeeklyBlitz() =>
        FeedParser.Parse(FixtureFiles.Bytes("weekly-blitz", "origin-feed.xml"), "application/xml", new Uri("https://weeklyblitz.net/feed/")).Items;

    [Fact]
    public void Wants_TheExcerptOfARealFeed_ButNotItsFullContent()
    {
        var item = WeeklyBlitz()[0];
        var check = new FullTextCheck(true, null);
        check.Wants(Article(item.SummaryHtml!, item.Link)).Should().BeTrue("the summary ends in […] with a link to the item");
        check.Wants(Article(item.ContentHtml!, item.Link)).Should().BeFalse("content:encoded carries the whole article");
    }

    [Fact]
    public void Wants_Nothing_WhenTheFeedDoesNotAllowIt()
    {
        var item = WeeklyBlitz()[0];
        FullTextCheck.Off.Wants(Article(item.SummaryHtml!, item.Link)).Should().BeFalse();
    }

    [Theory]
    [InlineData("ReadMoreLinkToTheItem", "<p>The council met on Tuesday to discuss the new bridge and the budget for next year, and voted.</p><p><a href=\"https://news.example/bridge\">[Read More]</a></p>", "https://news.example/bridge", true)]
    [InlineData("ContinueReadingToTheItem", "<p>The council met on Tuesday to discuss the new bridge and the budget for next year, and voted.</p><p><a href=\"/bridge\">Continue reading →</a></p>", "https://news.example/bridge", true)]
    [InlineData("ReadMoreToAnotherPageIsNoExcerpt", "<p>The council met on Tuesday to discuss the new bridge and the budget for next year, and voted.</p><p><a href=\"https://news.example/other\">Read more</a></p>", "https://news.example/bridge", false)]
    [InlineData("EllipsisAtTheEnd", "<p>The council met on Tuesday to discuss the new bridge and the budget for…</p>", "https://news.example/bridge", true)]
    [InlineData("CompleteShortItem", "<p>The council met on Tuesday to discuss the new bridge. It voted for it.</p>", "https://news.example/bridge", false)]
    [InlineData("NoLink", "<p>The council met on Tuesday to discuss the new bridge and the budget for…</p>", null, false)]
    [InlineData("MailtoLink", "<p>The council met on Tuesday to discuss the new bridge and the budget for…</p>", "mailto:desk@news.example", false)]
    [InlineData("FtpLink", "<p>The council met on Tuesday to discuss the new bridge and the budget for…</p>", "ftp://news.example/bridge.txt", false)]
    public void Wants(string name, string raw, string? link, bool wanted) =>
        new FullTextCheck(true, null).Wants(Article(raw, link)).Should().Be(wanted, name);

    [Fact]
    public void Wants_AnItemMuchShorterThanTheFeedsTypicalOne()
    {
        var raw = "<p>" + string.Join(" ", Enumerable.Repeat("The council met on Tuesday to discuss the new bridge.", 12)) + "</p>";
        var article = Article(raw, "https://news.example/bridge");
        new FullTextCheck(true, article.ContentText.Length * 2).Wants(article).Should().BeFalse();
        new FullTextCheck(true, article.ContentText.Length * 5).Wants(article).Should().BeTrue("a quarter of the feed's usual length is an excerpt");
    }

    [Theory]
    [InlineData("FeedOnWins", true, false, false, true)]
    [InlineData("FeedOffWins", false, true, true, false)]
    [InlineData("ConfigFileOn", null, true, false, true)]
    [InlineData("ConfigFileOff", null, false, true, false)]
    [InlineData("GlobalDefaultOn", null, null, true, true)]
    [InlineData("GlobalDefaultOff", null, null, false, false)]
    public void IsAllowed_FeedThenConfigFileThenGlobal(string name, bool? feed, bool? configured, bool global, bool allowed) =>
        FullTextCheck.IsAllowed(new FeedRecord { Id = 1, Url = "https://news.example/feed", FullText = feed }, configured, global).Should().Be(allowed, name);
}

/// <summary>Which canonical URL a fetched page gives its article.</summary>
public sealed class PageCanonicalTests
{
    [Theory]
    [InlineData("ArticleUrl", "https://www.News.example/2019/11/story/?utm_source=x", "https://news.example/2019/11/story")]
    [InlineData("HomePageIsRefused", "https://news.example/", null)]
    [InlineData("HomePageWithoutSlashIsRefused", "https://news.example", null)]
    [InlineData("HomePageWithTrackingIsRefused", "https://news.example/?utm_campaign=feed", null)]
    [InlineData("RelativeIsRefused", "/2019/11/story", null)]
    [InlineData("Missing", null, null)]
    public void PageCanonical(string name, string? declared, string? expected) =>
        FullTextIngester.PageCanonical(declared).Should().Be(expected, name);
}
