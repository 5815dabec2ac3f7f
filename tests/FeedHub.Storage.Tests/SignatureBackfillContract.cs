using System.Text.Json;
using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Fingerprinting;
using FeedHub.Parsing;
using FeedHub.Refreshing;
using FeedHub.Storage;
using FeedHub.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Storage.Tests;

/// <summary>Articles stored before the near-duplicate index get their signatures from the backfill, on both stores.</summary>
public abstract class SignatureBackfillContract(IStoreFactory factory) : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private IFeedHubStore Store => factory.Store;

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Backfill_SignsEveryOldArticleInBatches_OnceOnly_AndTheirCopiesAreFoundAgain()
    {
        var feed = (await Store.AddFeedAsync("https://publisher.com/feed/", null, Noon, None)).Feed;
        var ingester = new ItemIngester(Store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), new FakeTimeProvider(Noon));
        // Stored as schema 1 stored them: the article, no signature, no bands.
        var old = new List<ArticleRecord>();
        for (var n = 0; n < 5; n++)
        {
            var prepared = ingester.Prepare(feed, Item($"https://publisher.com/{n}/", Article(n), Noon), CleaningRules.None);
            await using var session = await Store.BeginIngestAsync([], None);
            old.Add(await session.InsertAsNewStoryAsync(prepared, Noon, None));
            await session.CommitAsync(None);
        }
        (await Store.ListUnsignedArticlesAsync(0, 100, None)).Should().HaveCount(5);

        var matcher = new StoryMatcher(new DedupOptions());
        (await new SignatureBackfill(Store, matcher).RunAsync(batchSize: 2, None)).Should().Be(5);
        (await new SignatureBackfill(Store, matcher).RunAsync(batchSize: 2, None)).Should().Be(0, "every article has its signature now");
        (await Store.ListUnsignedArticlesAsync(0, 100, None)).Should().BeEmpty();

        // A copy without the first paragraph: no URL, no hash in common, only the band index can find its original.
        var aggregator = (await Store.AddFeedAsync("https://aggregator.net/rss", null, Noon, None)).Feed;
        var (outcome, copy) = await ingester.IngestAsync(aggregator, Item("https://aggregator.net/p/3", [.. Article(3).Skip(1), "Curated by NewsPile."], Noon.AddHours(2)), CleaningRules.None, None);
        outcome.Should().Be(IngestOutcome.AddedToStory);
        copy.StoryId.Should().Be(old[3].StoryId);
        copy.DuplicateReason.Should().Be(DuplicateReasons.Near);
    }

    private static ParsedItem Item(string link, IEnumerable<string> paragraphs, DateTimeOffset published) => new()
    {
        Guid = link, Link = link, Title = "Title", PublishedAt = published, BaseUrl = new Uri(link),
        ContentHtml = string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>")),
    };

    private static string[] Article(int n) => FixtureFiles.GroundTruthArticle(n, minParagraphs: 6, minWords: 300);
}

public sealed class SqliteSignatureBackfillContract(SqliteStoreFactory factory) : SignatureBackfillContract(factory), IClassFixture<SqliteStoreFactory>;

public sealed class PostgresSignatureBackfillContract(PostgresStoreFactory factory) : SignatureBackfillContract(factory), IClassFixture<PostgresStoreFactory>;
