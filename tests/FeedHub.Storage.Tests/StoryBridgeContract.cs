using System.Text.Json;
using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Storage.Tests;

/// <summary>
/// Two unlike copies of an article (an excerpt and a copy without its first paragraphs) arrive before the original
/// and open a story each; the original matches both, and the ingest merges them. Run against both stores.
/// </summary>
public abstract class StoryBridgeContract(IStoreFactory factory) : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider _clock = new(Noon);

    private IFeedHubStore Store => factory.Store;

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ingest_OriginalAfterTwoUnlikeCopies_MergesTheirStories_AndTheOldIdsStayValid()
    {
        var article = Article(0);
        var (excerpt, copy) = await IngestCopiesAsync(article, 0);
        excerpt.StoryId.Should().NotBe(copy.StoryId, "the excerpt and the copy share too little to be matched to each other");
        var (_, original) = await IngestAsync("https://publisher.com/feed/", "https://publisher.com/2026/03/story/", Html(article), Noon);

        // The survivor is the story of the member the policy prefers: the copy, published before the excerpt.
        original.StoryId.Should().Be(copy.StoryId);
        var story = await Store.GetStoryAsync(excerpt.StoryId, None);
        story!.Id.Should().Be(copy.StoryId, "the excerpt's story id is now an alias of the survivor");
        (await Store.ResolveStoryIdAsync(excerpt.StoryId, None)).Should().Be(copy.StoryId);
        story.Members.Select(m => m.Id).Should().BeEquivalentTo([excerpt.Id, copy.Id, original.Id]);
        story.Members.Single(m => m.IsRepresentative).Id.Should().Be(original.Id, "the publisher's copy, published first, represents the story");
        story.Members.Single(m => m.Id == original.Id).DuplicateReason.Should().BeNull();
        story.Members.Single(m => m.Id == excerpt.Id).DuplicateReason.Should().Be(DuplicateReasons.Near, "the excerpt joined through the original");
        story.Members.Single(m => m.Id == copy.Id).DuplicateReason.Should().Be(DuplicateReasons.Near);
        (await Store.GetStatisticsAsync(None)).Stories.Should().Be(1);

        var events = new List<OutboxEvent>();
        await Store.RelayEventsAsync(100, Noon, e => { events.AddRange(e); return Task.CompletedTask; }, None);
        var merged = events.Where(e => e.EventType == IngestEvents.StoryUpdated).Select(e => JsonDocument.Parse(e.PayloadJson).RootElement)
            .Where(p => p.GetProperty("change").GetString() == "stories-merged").ToList();
        merged.Should().ContainSingle();
        merged[0].GetProperty("storyId").GetInt64().Should().Be(copy.StoryId);
        merged[0].GetProperty("mergedStoryId").GetInt64().Should().Be(excerpt.StoryId);
    }

    [Fact]
    public async Task Ingest_OriginalAfterTwoUnlikeCopies_LeavesAStoryAnOperatorSplitOut()
    {
        var article = Article(1);
        var (excerpt, copy) = await IngestCopiesAsync(article, 0);
        // A second copy joins the copy's story; an operator takes it out again: it stays out.
        var (_, second) = await IngestAsync("https://mirror.net/rss", "https://mirror.net/p/1", Html([.. article.Skip(2), "Mirrored by Mirror."]), Noon.AddHours(5));
        second.StoryId.Should().Be(copy.StoryId);
        var splitStory = await Store.SplitArticleAsync(second.Id, Noon, None);

        var (_, original) = await IngestAsync("https://publisher.com/feed/", "https://publisher.com/2026/03/story/", Html(article), Noon);

        original.StoryId.Should().Be(copy.StoryId);
        (await Store.ResolveStoryIdAsync(excerpt.StoryId, None)).Should().Be(copy.StoryId);
        (await Store.GetArticleAsync(second.Id, None))!.StoryId.Should().Be(splitStory!.Value, "an article an operator split out stays out");
        (await Store.GetStatisticsAsync(None)).Stories.Should().Be(2);
    }

    [Fact]
    public async Task Ingest_UnrelatedArticle_MergesNothing()
    {
        var (excerpt, copy) = await IngestCopiesAsync(Article(2), 0);
        var (_, other) = await IngestAsync("https://publisher.com/feed/", "https://publisher.com/2026/03/other/", Html(Article(3)), Noon);

        other.StoryId.Should().NotBe(excerpt.StoryId).And.NotBe(copy.StoryId);
        (await Store.GetStatisticsAsync(None)).Stories.Should().Be(3);
    }

    /// <summary>An excerpt of the first 55 words, and a copy that leaves out the first two paragraphs; both before the original.</summary>
    private async Task<(ArticleRecord Excerpt, ArticleRecord Copy)> IngestCopiesAsync(string[] article, int n)
    {
        var excerptText = string.Join(' ', string.Join(' ', article).Split(' ').Take(55)) + " … [Read More]";
        var (_, excerpt) = await IngestAsync("https://digest.net/rss", $"https://digest.net/x/{n}", $"<p>{System.Net.WebUtility.HtmlEncode(excerptText)}</p>", Noon.AddHours(3));
        var (_, copy) = await IngestAsync("https://aggregator.net/rss", $"https://aggregator.net/p/{n}", Html([.. article.Skip(2), "Curated for you by NewsPile."]), Noon.AddHours(2));
        return (excerpt, copy);
    }

    private async Task<(IngestOutcome Outcome, ArticleRecord Article)> IngestAsync(string feedUrl, string link, string html, DateTimeOffset published)
    {
        var feed = (await Store.AddFeedAsync(feedUrl, null, Noon, None)).Feed;
        var ingester = new ItemIngester(Store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), _clock);
        var item = new ParsedItem { Guid = link, Link = link, Title = "Title", PublishedAt = published, ContentHtml = html, BaseUrl = new Uri(link) };
        return await ingester.IngestAsync(feed, item, CleaningRules.None, None);
    }

    private static string Html(IEnumerable<string> paragraphs) =>
        string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));

    /// <summary>The n-th real article text (Zyte benchmark ground truth) with at least eight paragraphs and 400 words.</summary>
    private static string[] Article(int n) => FixtureFiles.GroundTruthArticle(n, minParagraphs: 8, minWords: 400);
}

public sealed class SqliteStoryBridgeContract(SqliteStoreFactory factory) : StoryBridgeContract(factory), IClassFixture<SqliteStoreFactory>;

public sealed class PostgresStoryBridgeContract(PostgresStoreFactory factory) : StoryBridgeContract(factory), IClassFixture<PostgresStoreFactory>;
