using FeedHub.Storage;

namespace FeedHub.Dedup;

public sealed class RepresentativePolicyTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Choose_ThePublishersCopyOverAnEarlierRepost()
    {
        var original = Member(1, "https://publisher.com/story", null, Noon, 500);
        var repost = Member(2, "https://aggregator.net/p/1", "https://publisher.com/story", Noon.AddHours(-3), 500);
        RepresentativePolicy.Choose([repost, original]).Id.Should().Be(1);
    }

    [Fact]
    public void Choose_TheCopyAnotherMemberNamesAsOriginal_OverAnEarlierUnattributedOne()
    {
        var original = Member(1, "https://publisher.com/story", null, Noon, 500);
        var scraped = Member(2, "https://scraper.org/x", null, Noon.AddHours(-1), 500);
        var attributed = Member(3, "https://aggregator.net/p/1", "https://publisher.com/story", Noon.AddHours(2), 100);
        RepresentativePolicy.Choose([scraped, attributed, original]).Id.Should().Be(1);
    }

    [Theory]
    [InlineData("https://www.publisher.com/2026/03/story/amp/")]
    [InlineData("https://publisher.com/2026/03/story?utm_source=rss&utm_medium=amp")]
    public void Choose_ThePublishersPlainLinkOverItsVariant_EvenWhenTheVariantIsFuller(string variantLink)
    {
        var plain = Member(1, "https://publisher.com/2026/03/story", null, Noon, 500) with { Url = "https://www.publisher.com/2026/03/story/" };
        var variant = Member(2, "https://publisher.com/2026/03/story", null, Noon, 600) with { Url = variantLink };
        RepresentativePolicy.Choose([variant, plain]).Id.Should().Be(1);
    }

    [Fact]
    public void Choose_APublisherOnWwwIsNotAVariant_TheEarliestStillWins()
    {
        var original = Member(1, "https://publisher.com/2026/03/story", null, Noon, 500) with { Url = "https://www.publisher.com/2026/03/story/" };
        var scraped = Member(2, "https://aggregator.net/p/1", null, Noon.AddHours(3), 600) with { Url = "https://aggregator.net/p/1" };
        RepresentativePolicy.Choose([scraped, original]).Id.Should().Be(1);
    }

    [Theory]
    [InlineData("earliest first", 0, 500, 2)]
    [InlineData("then the fullest", 3, 900, 2)]
    public void Choose_TheEarliestThenTheFullest(string rule, int hoursLater, int length, long expected)
    {
        var a = Member(1, "https://a.com/x", null, Noon.AddHours(hoursLater), length);
        var b = Member(2, "https://b.com/x", null, Noon, length + 100);
        var chosen = RepresentativePolicy.Choose(rule == "earliest first" ? [a, b] : [a, b with { PublishedAt = a.PublishedAt }]);
        chosen.Id.Should().Be(expected, rule);
    }

    private static ArticleRecord Member(long id, string canonical, string? original, DateTimeOffset published, int length) => new()
    {
        Id = id, FeedId = id, IdentityKey = "guid:" + id, FetchedAt = published, CanonicalUrl = canonical, OriginalUrl = original,
        PublishedAt = published, ContentText = new string('x', length),
    };
}
