using FeedHub.Cleaning;
using FeedHub.Dedup;
using FeedHub.Fingerprinting;
using FeedHub.Refreshing;
using FeedHub.Storage.Tests;
using FeedHub.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace FeedHub.Storage;

/// <summary>
/// On PostgreSQL an article's signature and band rows carry no foreign key (migration 0012: the check cost a lookup
/// and a row lock per band row); a trigger deletes them with the article, whatever deletes it.
/// </summary>
public sealed class ArticleIndexRowsTests(PostgresStoreFactory factory) : IClassFixture<PostgresStoreFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("purge")]
    [InlineData("remove-feed")]
    [InlineData("delete-by-hand")]
    public async Task IndexRows_GoWithTheirArticle(string how)
    {
        var store = factory.Store;
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), new FakeTimeProvider(Noon));
        var kept = (await store.AddFeedAsync("https://kept.example/feed", null, Noon, CancellationToken.None)).Feed;
        var gone = (await store.AddFeedAsync("https://gone.example/feed", null, Noon, CancellationToken.None)).Feed;
        var keptArticle = (await ingester.IngestAsync(kept, ParagraphItem.Of("https://kept.example/1", FixtureFiles.GroundTruthArticle(1, minParagraphs: 4, minWords: 200), Noon), CleaningRules.None, CancellationToken.None)).Article;
        var goneArticle = (await ingester.IngestAsync(gone, ParagraphItem.Of("https://gone.example/2", FixtureFiles.GroundTruthArticle(2, minParagraphs: 4, minWords: 200), Noon.AddDays(-90)), CleaningRules.None, CancellationToken.None)).Article;
        (await CountAsync("article_bands", goneArticle.Id)).Should().BeGreaterThan(0, "an ingested article has band rows");
        (await CountAsync("article_signatures", goneArticle.Id)).Should().Be(1);

        switch (how)
        {
            case "purge":
                await ExecuteAsync($"UPDATE feedhub.articles SET fetched_at = '2025-12-01T00:00:00Z' WHERE id = {goneArticle.Id}");
                (await store.PurgeArticlesAsync(Noon.AddDays(-30), 100, Noon, CancellationToken.None)).Should().Be(1);
                break;
            case "remove-feed":
                (await store.RemoveFeedAsync(gone.Url, CancellationToken.None)).Should().BeTrue();
                break;
            default:
                await ExecuteAsync($"UPDATE feedhub.stories SET representative_article_id = NULL WHERE representative_article_id = {goneArticle.Id}");
                await ExecuteAsync($"DELETE FROM feedhub.articles WHERE id = {goneArticle.Id}");
                break;
        }

        (await store.GetArticleAsync(goneArticle.Id, CancellationToken.None)).Should().BeNull();
        (await CountAsync("article_bands", goneArticle.Id)).Should().Be(0, $"the {how} took the article's band rows");
        (await CountAsync("article_signatures", goneArticle.Id)).Should().Be(0, $"the {how} took the article's signature");
        (await CountAsync("article_bands", keptArticle.Id)).Should().Be(LshBands.Bands + LshBands.LeadBands, "another article's rows stay");
        (await CountAsync("article_signatures", keptArticle.Id)).Should().Be(1);
    }

    private async Task<long> CountAsync(string table, long articleId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM feedhub.{table} WHERE article_id = @id", connection);
        command.Parameters.AddWithValue("id", articleId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
