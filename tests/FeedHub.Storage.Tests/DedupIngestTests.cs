using System.Text.Json;
using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Storage.Sqlite;
using FeedHub.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Storage;

/// <summary>Near-duplicate detection through the band index of a real SQLite store, item by item as a poll ingests them.</summary>
public sealed class DedupIngestTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "feedhub-dedup-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(Noon);
    private SqliteStore _store = null!;
    private ItemIngester _ingester = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_directory, "feedhub.db"));
        await _store.MigrateAsync(CancellationToken.None);
        _ingester = new ItemIngester(_store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), _clock);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ingest_RepostBeforeOriginal_OriginalJoinsItsStoryAndBecomesRepresentative()
    {
        var article = Article(0);
        var aggregator = await FeedAsync("https://aggregator.net/rss");
        var publisher = await FeedAsync("https://publisher.com/feed/");

        // The scraped copy: a paragraph dropped, the aggregator's line added, no link back, published later.
        var (_, repost) = await IngestAsync(aggregator, Item("https://aggregator.net/p/1", Html([.. article.Where((_, i) => i != 2), "Curated for you by NewsPile."]), Noon.AddHours(3)));
        var (outcome, original) = await IngestAsync(publisher, Item("https://publisher.com/2026/03/story/", Html(article), Noon));

        outcome.Should().Be(IngestOutcome.AddedToStory);
        original.StoryId.Should().Be(repost.StoryId, "the story id downstream apps saw first stays valid");
        original.DuplicateReason.Should().Be(DuplicateReasons.Near);
        (await _store.GetArticleAsync(original.Id, CancellationToken.None))!.IsRepresentative.Should().BeTrue();
        (await _store.GetArticleAsync(repost.Id, CancellationToken.None))!.IsRepresentative.Should().BeFalse();
    }

    [Fact]
    public async Task Ingest_ExcerptFindsItsFullTextThroughTheLeadBands()
    {
        var article = Article(1);
        var (_, full) = await IngestAsync(await FeedAsync("https://publisher.com/feed/"), Item("https://publisher.com/a/", Html(article), Noon));
        var excerpt = string.Join(' ', string.Join(' ', article).Split(' ').Take(55)) + " […]";
        var (outcome, stored) = await IngestAsync(await FeedAsync("https://digest.net/rss"), Item("https://digest.net/x/", $"<p>{excerpt}</p>", Noon.AddHours(1)));

        outcome.Should().Be(IngestOutcome.AddedToStory);
        stored.StoryId.Should().Be(full.StoryId);
        stored.DuplicateReason.Should().Be(DuplicateReasons.Near);
    }

    [Fact]
    public async Task Ingest_PublisherEdit_UpdatesTheArticleAndItsSignature()
    {
        var (a, b) = (Article(2), Article(3));
        var publisher = await FeedAsync("https://publisher.com/feed/");
        var (_, first) = await IngestAsync(publisher, Item("https://publisher.com/a/", Html(a), Noon));

        // The publisher rewrites the item under the same GUID: now it carries another text altogether.
        var (outcome, edited) = await IngestAsync(publisher, Item("https://publisher.com/a/", Html(b), Noon));
        var (_, copyOfNewText) = await IngestAsync(await FeedAsync("https://aggregator.net/rss"), Item("https://aggregator.net/p/9", Html([.. b.Skip(1)]), Noon.AddHours(2)));
        var (_, copyOfOldText) = await IngestAsync(await FeedAsync("https://other.net/rss"), Item("https://other.net/p/9", Html([.. a.Skip(1)]), Noon.AddHours(2)));

        outcome.Should().Be(IngestOutcome.Updated);
        edited.Id.Should().Be(first.Id);
        (await _store.CountArticlesAsync(CancellationToken.None)).Should().Be(3);
        copyOfNewText.StoryId.Should().Be(first.StoryId);
        copyOfOldText.StoryId.Should().NotBe(first.StoryId, "the old text's band keys left the index with the edit");
    }

    [Fact]
    public async Task Ingest_ShortItemsOfOnePublisherStayApartDespiteItsTemplate()
    {
        var publisher = await FeedAsync("https://publisher.com/feed/");
        const string template = "<p>© 2026 Valley Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>";
        var (_, first) = await IngestAsync(publisher, Item("https://publisher.com/briefs/1", "<p>Photo of the day: the harbour at dawn.</p><p>Taken from the old lighthouse.</p>" + template, Noon));
        var (outcome, second) = await IngestAsync(publisher, Item("https://publisher.com/briefs/2", "<p>Photo of the day: snow on the square.</p><p>Taken from the town hall.</p>" + template, Noon.AddHours(1)));

        outcome.Should().Be(IngestOutcome.Added);
        second.StoryId.Should().NotBe(first.StoryId);
    }

    private async Task<FeedRecord> FeedAsync(string url) => (await _store.AddFeedAsync(url, null, Noon, CancellationToken.None)).Feed;

    private Task<(IngestOutcome Outcome, ArticleRecord Article)> IngestAsync(FeedRecord feed, ParsedItem item) =>
        _ingester.IngestAsync(feed, item, CleaningRules.None, CancellationToken.None);

    private static ParsedItem Item(string link, string html, DateTimeOffset published) => new()
    {
        Guid = link, Link = link, Title = "Title", PublishedAt = published, ContentHtml = html, BaseUrl = new Uri(link),
    };

    private static string Html(IEnumerable<string> paragraphs) =>
        string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));

    /// <summary>The n-th real article text (Zyte benchmark ground truth) with at least five paragraphs.</summary>
    private static string[] Article(int n) => FixtureFiles.GroundTruthArticle(n, minParagraphs: 5, minWords: 200);
}
