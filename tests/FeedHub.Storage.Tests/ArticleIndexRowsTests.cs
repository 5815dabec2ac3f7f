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
/// and a row lock per band row); a trigger deletes them with the article, whatever deletes it. The band rows have no
/// index by article (migration 0013): the signature row keeps the keys, and the rows are found by them.
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

    [Fact]
    public async Task AnUpdatedArticle_HasItsBandRowsReplaced_AndTheSignatureKeepsTheNewKeys()
    {
        var store = factory.Store;
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), new FakeTimeProvider(Noon));
        var feed = (await store.AddFeedAsync("https://edits.example/feed", null, Noon, CancellationToken.None)).Feed;
        var first = (await ingester.IngestAsync(feed, ParagraphItem.Of("https://edits.example/1", FixtureFiles.GroundTruthArticle(3, minParagraphs: 4, minWords: 200), Noon), CleaningRules.None, CancellationToken.None)).Article;
        var before = await BandKeysAsync(first.Id);
        before.Rows.Should().HaveCount(LshBands.Bands + LshBands.LeadBands).And.Equal(before.Kept);

        // The publisher rewrote the article under the same link: the same article, another text.
        var edited = (await ingester.IngestAsync(feed, ParagraphItem.Of("https://edits.example/1", FixtureFiles.GroundTruthArticle(4, minParagraphs: 4, minWords: 200), Noon.AddHours(1)), CleaningRules.None, CancellationToken.None)).Article;
        edited.Id.Should().Be(first.Id);

        var after = await BandKeysAsync(first.Id);
        after.Rows.Should().HaveCount(LshBands.Bands + LshBands.LeadBands).And.Equal(after.Kept, "the signature row keeps the keys of the rows");
        after.Rows.Should().NotIntersectWith(before.Rows, "the old text's rows went (unrelated texts share no band)");
        (await ScalarAsync("SELECT COUNT(*) FROM feedhub.article_bands")).Should().Be(LshBands.Bands + LshBands.LeadBands, "no row of the old text is left");
    }

    [Fact]
    public async Task Migration0013_KeepsTheKeysOfRowsWrittenBefore_AndDropsTheIndexByArticle()
    {
        var store = factory.Store;
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), new FakeTimeProvider(Noon));
        var feed = (await store.AddFeedAsync("https://old.example/feed", null, Noon, CancellationToken.None)).Feed;
        var ids = new List<long>();
        for (var i = 5; i < 8; i++)
            ids.Add((await ingester.IngestAsync(feed, ParagraphItem.Of($"https://old.example/{i}", FixtureFiles.GroundTruthArticle(i, minParagraphs: 4, minWords: 200), Noon), CleaningRules.None, CancellationToken.None)).Article.Id);
        var expected = new Dictionary<long, long[]>();
        foreach (var id in ids)
            expected[id] = (await BandKeysAsync(id)).Rows;

        // The store as version 12 left it: no keys in the signature rows, the index by article, the old trigger.
        await ExecuteAsync("""
            ALTER TABLE feedhub.article_signatures DROP COLUMN band_keys;
            CREATE INDEX article_bands_article ON feedhub.article_bands (article_id);
            CREATE OR REPLACE FUNCTION feedhub.delete_article_index_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM feedhub.article_bands WHERE article_id = OLD.id;
                DELETE FROM feedhub.article_signatures WHERE article_id = OLD.id;
                RETURN OLD;
            END
            $$;
            """);
        var migrations = typeof(FeedHub.Storage.Postgres.PostgresStore).Assembly;
        var script = migrations.GetManifestResourceNames().Single(n => n.EndsWith("0013_band_keys_with_signature.sql", StringComparison.Ordinal));
        using (var reader = new StreamReader(migrations.GetManifestResourceStream(script)!))
            await ExecuteAsync(await reader.ReadToEndAsync());

        foreach (var id in ids)
        {
            var keys = await BandKeysAsync(id);
            keys.Kept.Should().Equal(expected[id], $"article {id}'s keys came from its band rows");
            keys.Rows.Should().Equal(expected[id]);
        }
        (await ScalarAsync("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'feedhub' AND indexname = 'article_bands_article'")).Should().Be(0);

        await ExecuteAsync($"UPDATE feedhub.stories SET representative_article_id = NULL WHERE representative_article_id = {ids[0]}");
        await ExecuteAsync($"DELETE FROM feedhub.articles WHERE id = {ids[0]}");
        (await CountAsync("article_bands", ids[0])).Should().Be(0, "the new trigger finds the rows by their keys");
        (await CountAsync("article_bands", ids[1])).Should().Be(LshBands.Bands + LshBands.LeadBands);
    }

    /// <summary>An article's band keys as its band rows hold them, and as its signature row keeps them; both sorted.</summary>
    private async Task<(long[] Rows, long[] Kept)> BandKeysAsync(long articleId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT ARRAY(SELECT band_key FROM feedhub.article_bands WHERE article_id = @id ORDER BY band_key), " +
            "ARRAY(SELECT k FROM feedhub.article_signatures s, unnest(s.band_keys) AS k WHERE s.article_id = @id ORDER BY k)", connection);
        command.Parameters.AddWithValue("id", articleId);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        return (reader.GetFieldValue<long[]>(0), reader.GetFieldValue<long[]>(1));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
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
