using System.Text.Json;
using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Testing;
using FeedHub.Storage.Tests;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Storage;

/// <summary>
/// Several workers on one PostgreSQL ingest copies of one article at the same moment: the advisory locks on the
/// article's keys (band keys included) serialise them, so they end in one story.
/// </summary>
public sealed class DedupConcurrencyTests(PostgresStoreFactory factory) : IClassFixture<PostgresStoreFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ingest_ConcurrentNearCopiesOnPostgres_EndInOneStory()
    {
        var store = factory.Store;
        var clock = new FakeTimeProvider(Noon);
        var feeds = new List<FeedRecord>();
        for (var f = 0; f < 4; f++)
            feeds.Add((await store.AddFeedAsync($"https://site{f}.example/feed", null, Noon, CancellationToken.None)).Feed);

        for (var n = 0; n < 6; n++)
        {
            var article = Article(n);
            // Four copies that differ (a paragraph less, another line added), none naming another: only the text links them.
            var items = Enumerable.Range(0, 4).Select(f => new ParsedItem
            {
                Guid = $"https://site{f}.example/{n}", Link = $"https://site{f}.example/{n}", Title = "Title", PublishedAt = Noon.AddHours(f),
                ContentHtml = string.Concat(article.Where((_, i) => i != f + 1).Append($"Shared by site {f}.").Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")),
            }).ToList();
            using var start = new Barrier(items.Count);
            var stored = await Task.WhenAll(items.Select((item, f) => Task.Run(async () =>
            {
                var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), clock);
                start.SignalAndWait();
                return (await ingester.IngestAsync(feeds[f], item, CleaningRules.None, CancellationToken.None)).Article;
            })));

            stored.Select(a => a.StoryId).Distinct().Should().ContainSingle($"article {n}: four workers, one cross-post");
        }
    }

    [Fact]
    public async Task Ingest_ConcurrentBridgingOriginalsOnPostgres_MergeTheCopiesStoriesIntoOne()
    {
        var store = factory.Store;
        var clock = new FakeTimeProvider(Noon);
        var digest = (await store.AddFeedAsync("https://digest.example/rss", null, Noon, CancellationToken.None)).Feed;
        var aggregator = (await store.AddFeedAsync("https://aggregator.example/rss", null, Noon, CancellationToken.None)).Feed;
        var publishers = new List<FeedRecord>();
        for (var f = 0; f < 3; f++)
            publishers.Add((await store.AddFeedAsync($"https://publisher{f}.example/feed", null, Noon, CancellationToken.None)).Feed);
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), clock);

        for (var n = 0; n < 4; n++)
        {
            var article = Article(n);
            // An excerpt and a copy without the first two paragraphs: unlike each other, a story each.
            var excerpt = string.Join(' ', string.Join(' ', article).Split(' ').Take(55)) + " … [Read More]";
            var e = (await ingester.IngestAsync(digest, ParagraphItem.Of($"https://digest.example/{n}", [excerpt], Noon.AddHours(3)), CleaningRules.None, CancellationToken.None)).Article;
            var c = (await ingester.IngestAsync(aggregator, ParagraphItem.Of($"https://aggregator.example/{n}", [.. article.Skip(2), "Shared by the aggregator."], Noon.AddHours(2)), CleaningRules.None, CancellationToken.None)).Article;
            e.StoryId.Should().NotBe(c.StoryId);

            // Three full copies (the original and two syndicated ones) arrive at once, each bridging both stories.
            var items = Enumerable.Range(0, 3).Select(f => ParagraphItem.Of($"https://publisher{f}.example/{n}", [.. article, $"Syndicated by partner {f}."], Noon.AddMinutes(f))).ToList();
            using var start = new Barrier(items.Count);
            var stored = await Task.WhenAll(items.Select((item, f) => Task.Run(async () =>
            {
                var worker = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), clock);
                start.SignalAndWait();
                return (await worker.IngestAsync(publishers[f], item, CleaningRules.None, CancellationToken.None)).Article;
            })));

            var survivor = (await store.ResolveStoryIdAsync(e.StoryId, CancellationToken.None))!.Value;
            (await store.ResolveStoryIdAsync(c.StoryId, CancellationToken.None)).Should().Be(survivor, $"article {n}: both copies' stories are one");
            var members = (await store.GetStoryAsync(survivor, CancellationToken.None))!.Members.Select(m => m.Id);
            members.Should().BeEquivalentTo(stored.Select(a => a.Id).Append(e.Id).Append(c.Id), $"article {n}: five copies, one story");
        }
        (await store.GetStatisticsAsync(CancellationToken.None)).Stories.Should().Be(4);
    }

    [Theory]
    [InlineData("split")]
    [InlineData("purge")]
    public async Task OperatorChange_WaitsForAnIngestHoldingTheStory(string change)
    {
        var store = factory.Store;
        var clock = new FakeTimeProvider(Noon);
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), clock);
        var article = Article(7);
        ArticleRecord? copy = null;
        for (var f = 0; f < 2; f++)
        {
            var feed = (await store.AddFeedAsync($"https://site{f}.example/feed", null, Noon, CancellationToken.None)).Feed;
            copy = (await ingester.IngestAsync(feed, ParagraphItem.Of($"https://site{f}.example/7", article.Skip(f), Noon.AddHours(f)), CleaningRules.None, CancellationToken.None)).Article;
        }
        copy!.DuplicateReason.Should().NotBeNull("the second copy joined the first one's story");

        Task operation;
        await using (var ingest = await store.BeginIngestAsync([], CancellationToken.None))
        {
            // An ingest about to add to the story holds its lock (as it does between deciding and committing).
            (await ingest.LockStoriesAsync([copy.StoryId], CancellationToken.None)).Should().Contain(copy.StoryId);
            operation = change == "split"
                ? store.SplitArticleAsync(copy.Id, Noon.AddDays(1), CancellationToken.None)
                : store.PurgeArticlesAsync(Noon.AddDays(1), 100, Noon.AddDays(1), CancellationToken.None);
            var waiting = WaitForAdvisoryLockWaitAsync();
            (await Task.WhenAny(operation, waiting)).Should().BeSameAs(waiting, $"the {change} must wait for the story's lock, not change the story under the ingest");
            await waiting;
        }

        await operation;
        var stored = await store.GetArticleAsync(copy.Id, CancellationToken.None);
        if (change == "split")
            stored!.StoryId.Should().NotBe(copy.StoryId);
        else
            stored.Should().BeNull();
    }

    /// <summary>Completes once some session of the test database waits for an advisory lock (at most 30 s).</summary>
    private async Task WaitForAdvisoryLockWaitAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
                return;
            await Task.Delay(50);
        }
        throw new TimeoutException("No session waited for an advisory lock.");
    }

    private static string[] Article(int n) => FixtureFiles.GroundTruthArticle(n, minParagraphs: 8, minWords: 400);
}
