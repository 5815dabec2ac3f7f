using System.Text;
using FeedHub.Extraction;

namespace FeedHub.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private readonly ArticleExtractor _extractor = new();

    [Theory]
    [InlineData("042bb7b5fe", "wsj.com: paywalled news, JSON-LD article")]
    [InlineData("05844573ca", "ctpost.com: Hearst news with subheads")]
    [InlineData("0e014df693", "WordPress blog with comments, sidebar and a layout class 'sidebar'")]
    [InlineData("264dc3ae31", "twincities.com: lists of other stories with excerpts after the article")]
    [InlineData("3f65af7b6b", "nj.com: embedded tweets inside the article")]
    [InlineData("30b771a40a", "WordPress review with an unrendered shortcode, a script notice and trailing prompts")]
    [InlineData("2f42ef1d3e", "wired.com: a 'More Great WIRED Stories' list after the article")]
    [InlineData("20b2b64916", "Italian blog: product links that show their own addresses, one per line")]
    [InlineData("374ac9a59a", "cnbc.com: a picture caption classed 'imageEmbedCaption' inside the article")]
    [InlineData("11ea381ad9", "Brazilian blog: a weekday-and-time date line and a cited www address")]
    public void Extract_FindsTheArticleOfARealPage(string id, string page)
    {
        var fixture = ExtractionFixtures.ByPrefix(id);

        var article = _extractor.Extract(ExtractionFixtures.Bytes(fixture), "text/html", fixture.Url);

        article.Should().NotBeNull(page);
        var (precision, recall) = ShingleScore.Of(fixture.Truth, article!.Text);
        precision.Should().BeGreaterThan(0.9, page);
        recall.Should().BeGreaterThan(0.9, page);
    }

    [Fact]
    public void Extract_ScoresOnTheWholeBenchmarkAsMeasured()
    {
        // The figures of docs/benchmarks.md ("## Extraction"), with a margin: a change that loses quality fails here.
        var scores = ExtractionFixtures.All
            .Select(p => ShingleScore.Of(p.Truth, _extractor.Extract(ExtractionFixtures.Bytes(p), null, p.Url)?.Text ?? ""))
            .ToList();

        var precision = scores.Average(s => s.Precision);
        var recall = scores.Average(s => s.Recall);
        (2 * precision * recall / (precision + recall)).Should().BeGreaterThan(0.97);
    }

    [Fact]
    public void Extract_ReadsTheMetadataOfThePage()
    {
        var fixture = ExtractionFixtures.ByPrefix("264dc3ae31");

        var article = _extractor.Extract(ExtractionFixtures.Bytes(fixture), null, fixture.Url)!;

        article.Title.Should().Be("Zach Parise heating up, scores twice as Wild beat Sabres 4-1");
        article.Author.Should().Be("Bill Hoppe");
        article.CanonicalUrl.Should().Be("https://www.twincities.com/2019/11/19/parise-scores-2-goals-wild-beat-sabres-4-1/");
        article.SiteName.Should().Be("Twin Cities");
        article.PublishedAt.Should().NotBeNull();
        article.PublishedAt!.Value.UtcDateTime.Date.Should().Be(new DateTime(2019, 11, 20));
    }

    [Fact]
    public void Extract_GivesCleanHtmlWithAbsoluteLinks()
    {
        var fixture = ExtractionFixtures.ByPrefix("0e014df693");

        var article = _extractor.Extract(ExtractionFixtures.Bytes(fixture), null, fixture.Url)!;

        article.Html.Should().NotContainAny("<script", "<style", "<form", "class=", "style=", "onclick");
        article.Html.Should().Contain("<p>");
        article.Html.Should().NotContain("href=\"/");
        article.Text.Should().NotContain("Leave a Comment");
        article.Text.Split('\n').Should().HaveCountGreaterThan(3, "paragraphs are separate lines");
    }

    [Fact]
    public void Extract_FromStringAndFromBytesAgree()
    {
        var fixture = ExtractionFixtures.ByPrefix("05844573ca");
        var bytes = ExtractionFixtures.Bytes(fixture);

        var fromBytes = _extractor.Extract(bytes, "text/html; charset=utf-8", fixture.Url)!;
        var fromString = _extractor.Extract(Encoding.UTF8.GetString(bytes), fixture.Url)!;

        fromString.Text.Should().Be(fromBytes.Text);
    }

    [Fact]
    public void Extract_TakesTheJsonLdArticleBodyWhenTheMarkupHoldsLess()
    {
        // A page whose text is rendered by script: the markup has a shell, the JSON-LD has the article.
        var paragraphs = new[]
        {
            "The city council approved the new transit plan on Tuesday after a debate that lasted most of the night, with nine votes in favour and four against.",
            "The plan adds three bus lines, extends the tram to the northern districts and lowers fares for students and pensioners from next spring.",
            "Opponents said the cost, estimated at 240 million, would fall on residents through higher property taxes, and promised to challenge the vote.",
            "The mayor said construction of the tram extension would begin in the autumn and that the first new bus line would run before the end of the year.",
            "Residents of the northern districts, who have waited two decades for the tram, welcomed the decision at a meeting in the town hall on Wednesday.",
        };
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = "Council approves transit plan",
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = "Ana Ruiz" },
            ["datePublished"] = "2024-05-14T21:30:00+02:00",
            ["articleBody"] = string.Join("\n", paragraphs),
        });
        var html = $"<html><head><script type=\"application/ld+json\">{json}</script></head><body><h1>Council approves transit plan</h1><div id=\"app\">Loading…</div></body></html>";

        var article = _extractor.Extract(html, new Uri("https://news.example/2024/05/transit"))!;

        article.Text.Should().Be(string.Join("\n", paragraphs));
        article.Title.Should().Be("Council approves transit plan");
        article.Author.Should().Be("Ana Ruiz");
        article.PublishedAt.Should().Be(new DateTimeOffset(2024, 5, 14, 21, 30, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Extract_IsSafeFromManyThreads()
    {
        var pages = ExtractionFixtures.All.Take(8).ToList();
        var sequential = pages.Select(p => _extractor.Extract(ExtractionFixtures.Bytes(p), null, p.Url)?.Text).ToList();

        var parallel = pages.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(p => _extractor.Extract(ExtractionFixtures.Bytes(p), null, p.Url)?.Text).ToList();

        parallel.Should().Equal(sequential);
    }
}
