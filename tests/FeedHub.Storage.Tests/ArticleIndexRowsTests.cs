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
/// On PostgreSQL an article's signature row carries no foreign key (migration 0012: the check cost a lookup and a
/// row lock); a trigger deletes it with the article, whatever deletes it. The row keeps the article's band keys
/// (migration 0013), and since migration 0014 a GIN index over them is the near-duplicate index: there are no band rows.
/// </summary>
public sealed class ArticleIndexRowsTests(PostgresStoreFactory factory) : IClassFixture<PostgresStoreFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private const int KeysPerArticle = LshBands.Bands + LshBands.LeadBands;

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
        var goneKeys = await KeptKeysAsync(goneArticle.Id);
        goneKeys.Should().HaveCount(KeysPerArticle, "an ingested article's signature row keeps its band keys");
        (await FoundByKeysAsync(goneKeys)).Should().Equal([goneArticle.Id], "the index finds the article by its keys");

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
        (await CountAsync("article_signatures", goneArticle.Id)).Should().Be(0, $"the {how} took the article's signature");
        (await FoundByKeysAsync(goneKeys)).Should().BeEmpty($"the {how} took the article out of the index");
        (await KeptKeysAsync(keptArticle.Id)).Should().HaveCount(KeysPerArticle, "another article's row stays");
        (await FoundByKeysAsync(await KeptKeysAsync(keptArticle.Id))).Should().Equal([keptArticle.Id]);
    }

    [Fact]
    public async Task AnUpdatedArticle_IsFoundByItsNewKeys_AndNotByTheOldOnes()
    {
        var store = factory.Store;
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), new FakeTimeProvider(Noon));
        var feed = (await store.AddFeedAsync("https://edits.example/feed", null, Noon, CancellationToken.None)).Feed;
        var first = (await ingester.IngestAsync(feed, ParagraphItem.Of("https://edits.example/1", FixtureFiles.GroundTruthArticle(3, minParagraphs: 4, minWords: 200), Noon), CleaningRules.None, CancellationToken.None)).Article;
        var before = await KeptKeysAsync(first.Id);
        before.Should().HaveCount(KeysPerArticle);

        // The publisher rewrote the article under the same link: the same article, another text.
        var edited = (await ingester.IngestAsync(feed, ParagraphItem.Of("https://edits.example/1", FixtureFiles.GroundTruthArticle(4, minParagraphs: 4, minWords: 200), Noon.AddHours(1)), CleaningRules.None, CancellationToken.None)).Article;
        edited.Id.Should().Be(first.Id);

        var after = await KeptKeysAsync(first.Id);
        after.Should().HaveCount(KeysPerArticle).And.NotIntersectWith(before, "the new text has its own keys (unrelated texts share no band)");
        (await FoundByKeysAsync(after)).Should().Equal([first.Id]);
        (await FoundByKeysAsync(before)).Should().BeEmpty("no key of the old text is left in the index");
        (await ScalarAsync("SELECT COUNT(*) FROM feedhub.article_signatures")).Should().Be(1);
    }

    [Fact]
    public async Task Migrations0013And0014_UpgradeAStoreOfVersion12_KeepingEveryKey()
    {
        var store = factory.Store;
        var ingester = new ItemIngester(store, new ContentCleaner(), new StoryMatcher(new DedupOptions()), new FakeTimeProvider(Noon));
        var feed = (await store.AddFeedAsync("https://old.example/feed", null, Noon, CancellationToken.None)).Feed;
        var ids = new List<long>();
        for (var i = 5; i < 8; i++)
            ids.Add((await ingester.IngestAsync(feed, ParagraphItem.Of($"https://old.example/{i}", FixtureFiles.GroundTruthArticle(i, minParagraphs: 4, minWords: 200), Noon), CleaningRules.None, CancellationToken.None)).Article.Id);
        var expected = new Dictionary<long, long[]>();
        foreach (var id in ids)
            expected[id] = await KeptKeysAsync(id);

        // The store as version 12 left it: the keys as band rows, indexed by key and by article, none in the
        // signature rows, and the trigger of version 12.
        await ExecuteAsync("""
            DROP INDEX feedhub.article_signatures_band_keys;
            CREATE TABLE feedhub.article_bands (band_key bigint NOT NULL, article_id bigint NOT NULL, PRIMARY KEY (band_key, article_id));
            INSERT INTO feedhub.article_bands SELECT k, s.article_id FROM feedhub.article_signatures s, unnest(s.band_keys) AS k;
            CREATE INDEX article_bands_article ON feedhub.article_bands (article_id);
            ALTER TABLE feedhub.article_signatures DROP COLUMN band_keys;
            CREATE OR REPLACE FUNCTION feedhub.delete_article_index_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM feedhub.article_bands WHERE article_id = OLD.id;
                DELETE FROM feedhub.article_signatures WHERE article_id = OLD.id;
                RETURN OLD;
            END
            $$;
            """);
        (await ScalarAsync("SELECT COUNT(*) FROM feedhub.article_bands")).Should().Be(3 * KeysPerArticle);

        await RunMigrationAsync("0013_band_keys_with_signature.sql");
        foreach (var id in ids)
            (await KeptKeysAsync(id)).Should().Equal(expected[id], $"article {id}'s keys came from its band rows");
        (await ScalarAsync("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'feedhub' AND indexname = 'article_bands_article'")).Should().Be(0);

        await RunMigrationAsync("0014_band_index_in_signatures.sql");
        (await ScalarAsync("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'feedhub' AND tablename = 'article_bands'")).Should().Be(0);
        foreach (var id in ids)
            (await FoundByKeysAsync(expected[id])).Should().Equal([id], $"the new index finds article {id} by the keys it had");

        // A copy of an article stored before the upgrade joins its story through the new index.
        var reposts = (await store.AddFeedAsync("https://reposts.example/feed", null, Noon, CancellationToken.None)).Feed;
        var copy = (await ingester.IngestAsync(reposts, ParagraphItem.Of("https://reposts.example/copy-of-6", FixtureFiles.GroundTruthArticle(6, minParagraphs: 4, minWords: 200).SkipLast(1), Noon.AddHours(2)), CleaningRules.None, CancellationToken.None)).Article;
        copy.DuplicateReason.Should().Be("near");
        copy.StoryId.Should().Be((await store.GetArticleAsync(ids[1], CancellationToken.None))!.StoryId);

        await ExecuteAsync($"UPDATE feedhub.stories SET representative_article_id = NULL WHERE representative_article_id = {ids[0]}");
        await ExecuteAsync($"DELETE FROM feedhub.articles WHERE id = {ids[0]}");
        (await CountAsync("article_signatures", ids[0])).Should().Be(0, "the new trigger deletes the signature row, and its keys with it");
        (await FoundByKeysAsync(expected[ids[0]])).Should().BeEmpty();
    }

    private async Task RunMigrationAsync(string name)
    {
        var migrations = typeof(FeedHub.Storage.Postgres.PostgresStore).Assembly;
        var script = migrations.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var reader = new StreamReader(migrations.GetManifestResourceStream(script)!);
        await ExecuteAsync(await reader.ReadToEndAsync());
    }

    /// <summary>An article's band keys as its signature row keeps them, sorted.</summary>
    private Task<long[]> KeptKeysAsync(long articleId) => LongsAsync(
        "SELECT ARRAY(SELECT k FROM feedhub.article_signatures s, unnest(s.band_keys) AS k WHERE s.article_id = @value ORDER BY k)", articleId);

    /// <summary>The articles the index finds for <paramref name="keys"/> (through the GIN index: sequential scans are off), sorted.</summary>
    private Task<long[]> FoundByKeysAsync(long[] keys) => LongsAsync(
        "SET enable_seqscan = off; SELECT ARRAY(SELECT article_id FROM feedhub.article_signatures WHERE band_keys && @value ORDER BY article_id)", keys);

    /// <summary>The bigint array a query with one parameter <c>@value</c> returns.</summary>
    private async Task<long[]> LongsAsync(string sql, object value)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        return (long[])(await command.ExecuteScalarAsync())!;
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
