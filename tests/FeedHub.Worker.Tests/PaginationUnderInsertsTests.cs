using System.Collections.Concurrent;
using System.Text.Json;
using FeedHub.Storage;
using FeedHub.Storage.Postgres;
using FeedHub.Testing;

namespace FeedHub.Worker.Tests;

/// <summary>Paging `/api/articles` while other transactions insert, through the HTTP stack, on PostgreSQL.</summary>
[Collection(InProcessDaemonCollection.Name)]
public sealed class PaginationUnderInsertsTests
{
    [Fact]
    public async Task ApiPages_NeverSkipOrRepeat_WhileWorkersInsert()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var cs = await cluster.CreateDatabaseAsync("pages");
        await using var dataSource = PostgresStore.CreateDataSource(cs);
        var store = new PostgresStore(dataSource);
        await store.MigrateAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var (feed, _) = await store.AddFeedAsync("https://pages.example/feed", "pages", now.AddYears(1), CancellationToken.None);
        await using var feedhub = await FeedHubInstance.CreateAsync("sqlite");
        await using var daemon = await InProcessDaemon.StartAsync(feedhub, $"--ConnectionStrings:FeedHub={cs}");

        var inserted = new ConcurrentBag<long>();
        var writing = Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await using var session = await store.BeginIngestAsync([$"w{w}:{i}"], CancellationToken.None);
                var article = await session.InsertAsNewStoryAsync(new ArticleRecord
                {
                    FeedId = feed.Id, FeedUrl = feed.Url, Guid = $"{w}-{i}", Url = $"https://pages.example/{w}/{i}",
                    CanonicalUrl = $"https://pages.example/{w}/{i}", Title = $"{w}-{i}", FetchedAt = now, IdentityKey = $"guid:{w}-{i}",
                    ContentHash = $"{w}-{i}", ContentText = "text", ContentHtml = "<p>text</p>", RawContent = "<p>text</p>",
                }, now, CancellationToken.None);
                if (i % 4 == 0)
                    await Task.Delay(5); // some transactions stay open while later ones commit
                await session.CommitAsync(CancellationToken.None);
                inserted.Add(article.Id);
            }
        })));

        var read = new List<long>();
        string? cursor = null;
        var caughtUpBy = DateTime.MaxValue;
        while (true)
        {
            var done = writing.IsCompleted;
            if (done && caughtUpBy == DateTime.MaxValue)
                caughtUpBy = DateTime.UtcNow.AddSeconds(30);
            var response = await daemon.GetAsync("/api/articles?limit=7" + (cursor is null ? "" : "&cursor=" + cursor));
            response.Response.StatusCode.Should().Be(200);
            var page = JsonDocument.Parse(InProcessDaemon.Body(response)).RootElement;
            var items = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
            read.AddRange(items);
            cursor = page.GetProperty("nextCursor").GetString() ?? cursor;
            // Rows stay held back while any older transaction of the cluster runs (other tests use other databases
            // of it), so after the writers finish keep reading until caught up, for a while at most.
            if (items.Count == 0 && done && (read.Count >= inserted.Count || DateTime.UtcNow > caughtUpBy))
                break;
        }
        await writing;

        read.Should().OnlyHaveUniqueItems();
        read.Should().BeEquivalentTo(inserted);
    }
}
