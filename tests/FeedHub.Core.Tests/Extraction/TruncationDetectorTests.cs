using FeedHub.Cleaning;
using FeedHub.Extraction;
using FeedHub.Parsing;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Extraction;

public sealed class TruncationDetectorTests
{
    private static readonly ContentCleaner Cleaner = new();

    private static List<(string Clean, string Raw, Uri? Link)> Items(string part, params string[] feed)
    {
        var parsed = FeedParser.Parse(FixtureFiles.Bytes(feed), "application/xml", new Uri("https://feeds.example/"));
        return parsed.Items.Select(item =>
        {
            var raw = (part == "summary" ? item.SummaryHtml : item.ContentHtml) ?? "";
            return (Cleaner.Clean(raw, item.BaseUrl).Text, raw, item.Link is null ? null : new Uri(item.Link));
        }).ToList();
    }

    // Feeds that give both: the summary is an excerpt ("[…]", "Read More" to the item, "Continue reading…").
    [Theory]
    [InlineData("summary", "weekly-blitz", "origin-feed.xml")]
    [InlineData("summary", "real-feeds", "codehollow", "Rss20ThomasMaurer.xml")]
    [InlineData("content", "real-feeds", "codehollow", "AtomVergeAllPosts.xml")]
    public void IsTruncated_ExcerptsInRealFeeds(string part, params string[] feed)
    {
        var items = Items(part, feed);

        items.Should().NotBeEmpty();
        items.Should().OnlyContain(i => TruncationDetector.IsTruncated(i.Clean, i.Raw, i.Link, null));
    }

    // The same feeds' full content, and the aggregator's repost whose "[Read More]" points at the original site.
    [Theory]
    [InlineData("content", "weekly-blitz", "origin-feed.xml")]
    [InlineData("content", "weekly-blitz", "aggregator-feed.xml")]
    [InlineData("content", "real-feeds", "codehollow", "Rss20ThomasMaurer.xml")]
    public void IsTruncated_NotForFullArticlesInRealFeeds(string part, params string[] feed)
    {
        var items = Items(part, feed);
        var typical = items.Select(i => i.Clean.Length).Order().ElementAt(items.Count / 2);

        items.Should().NotBeEmpty().And.OnlyContain(i => i.Clean.Length > 0);
        items.Should().OnlyContain(i => !TruncationDetector.IsTruncated(i.Clean, i.Raw, i.Link, typical));
    }

    [Fact]
    public void Reason_ReadMoreLinkToTheItem()
    {
        var raw = "<p>The conference will cover the latest trends. This is one of many talks.</p><div class=\"read-more\"><a href=\"https://blog.example/2016/12/talk/\">Read More</a></div>";

        TruncationDetector.Reason("The conference will cover the latest trends. This is one of many talks.", raw, new Uri("https://www.blog.example/2016/12/talk"), null)
            .Should().Be(TruncationReason.ReadMoreLink);
    }

    [Fact]
    public void Reason_NotForAReadMoreLinkToAnotherPage()
    {
        var raw = "<p>A complete post about the topic, with an ending.</p><p><a href=\"https://other.example/guide\">Read more</a></p>";

        TruncationDetector.Reason("A complete post about the topic, with an ending.", raw, new Uri("https://blog.example/post"), null)
            .Should().BeNull();
    }

    [Theory]
    [InlineData("ellipsis", "The minister said the plan would be announced…")]
    [InlineData("three dots", "The minister said the plan would be announced...")]
    [InlineData("bracketed ellipsis", "The minister said the plan would be announced […]")]
    [InlineData("bracketed dots", "The minister said the plan would be announced [...]")]
    public void Reason_ExcerptMarkerAtTheEnd(string marker, string text)
    {
        TruncationDetector.Reason(text, null, null, null).Should().Be(TruncationReason.ExcerptMarker, marker);
    }

    [Fact]
    public void Reason_MuchShorterThanTypicalForTheFeed()
    {
        var text = "A short summary of a long article. It says what happened.";

        TruncationDetector.Reason(text, null, null, typicalLengthForFeed: 4000).Should().Be(TruncationReason.MuchShorterThanTypical);
        TruncationDetector.Reason(text, null, null, typicalLengthForFeed: 120).Should().BeNull();
    }

    [Fact]
    public void Reason_ShortTextCutInTheMiddleOfASentence()
    {
        TruncationDetector.Reason("The council voted on Tuesday to approve the new budget, which includes funding for the", null, null, null)
            .Should().Be(TruncationReason.EndsMidSentence);
        TruncationDetector.Reason("The council voted on Tuesday to approve the new budget.", null, null, null)
            .Should().BeNull();
    }
}
