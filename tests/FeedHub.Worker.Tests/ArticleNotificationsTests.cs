using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Testing;
using Npgsql;

namespace FeedHub.Worker.Tests;

/// <summary>Apps in the same database hear of new articles on channel `feedhub_articles` (LISTEN/NOTIFY).</summary>
public sealed class ArticleNotificationsTests
{
    [Fact]
    public async Task CommittedArticle_IsAnnounced_WithItsIds_AndARolledBackOneIsNot()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var cs = await cluster.CreateDatabaseAsync("notify");
        await using var dataSource = PostgresStore.CreateDataSource(cs);
        var store = new PostgresStore(dataSource);
        await store.MigrateAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var (feed, _) = await store.AddFeedAsync("https://notify.example/feed", "notify", now.AddYears(1), CancellationToken.None);

        await using var listener = await dataSource.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Channel + " " + e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN feedhub_articles", listener))
            await listen.ExecuteNonQueryAsync();

        await using (var abandoned = await store.BeginIngestAsync(["rolled-back"], CancellationToken.None))
            await abandoned.InsertAsNewStoryAsync(Article(feed, "rolled-back", now), now, CancellationToken.None);
        ArticleRecord stored;
        await using (var session = await store.BeginIngestAsync(["kept"], CancellationToken.None))
        {
            stored = await session.InsertAsNewStoryAsync(Article(feed, "kept", now), now, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (heard.Count == 0)
            await listener.WaitAsync(wait.Token);
        // Anything else already sent arrives with it; drain briefly.
        while (await listener.WaitAsync(TimeSpan.FromMilliseconds(200))) { }

        heard.Should().ContainSingle();
        heard[0].Should().StartWith("feedhub_articles ");
        var payload = JsonDocument.Parse(heard[0]["feedhub_articles ".Length..]).RootElement;
        payload.GetProperty("id").GetInt64().Should().Be(stored.Id);
        payload.GetProperty("storyId").GetInt64().Should().Be(stored.StoryId);
        payload.GetProperty("feedId").GetInt64().Should().Be(feed.Id);
    }

    private static ArticleRecord Article(FeedRecord feed, string key, DateTimeOffset now) => new()
    {
        FeedId = feed.Id, FeedUrl = feed.Url, Guid = key, Url = $"https://notify.example/{key}", CanonicalUrl = $"https://notify.example/{key}",
        Title = key, FetchedAt = now, IdentityKey = $"guid:{key}", ContentHash = key, ContentText = "text", ContentHtml = "<p>text</p>", RawContent = "<p>text</p>",
    };
}
