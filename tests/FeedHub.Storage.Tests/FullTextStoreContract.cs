using System.Data.Common;
using FeedHub.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FeedHub.Storage.Tests;

/// <summary>The full-text columns and tables (migration 0009), on every store.</summary>
public abstract class FullTextStoreContract(IStoreFactory factory) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private IFeedHubStore Store => factory.Store;

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A read of the read schema's article_bodies view: content_html, content_text, excerpt_text, full_text_status.</summary>
    protected abstract Task<DbConnection> OpenAsync();

    protected abstract string Prefix { get; }

    [Fact]
    public async Task FeedSetting_InheritsByDefault_AndIsSetAndCleared()
    {
        var (feed, _) = await Store.AddFeedAsync("https://feed.example/rss", null, T0, None);
        feed.FullText.Should().BeNull();
        (await Store.SetFeedFullTextAsync(feed.Url, true, None)).Should().BeTrue();
        (await Store.GetFeedAsync(feed.Id, None))!.FullText.Should().BeTrue();
        await Store.SetFeedFullTextAsync(feed.Url, false, None);
        (await Store.ListFeedsAsync(None)).Single().FullText.Should().BeFalse();
        await Store.SetFeedFullTextAsync(feed.Url, null, None);
        (await Store.GetFeedAsync(feed.Id, None))!.FullText.Should().BeNull();
        (await Store.SetFeedFullTextAsync("https://nowhere.example/rss", true, None)).Should().BeFalse();
    }

    [Fact]
    public async Task Pending_IsClaimedOnce_UntilTheLeaseRunsOut_AndOnlyWhenDue()
    {
        var feed = await FeedAsync();
        var pending = await InsertAsync(feed, "guid:1", FullTextStatus.Pending);
        await InsertAsync(feed, "guid:2", null);

        (await Store.ClaimPendingFullTextAsync(T0.AddSeconds(-1), TimeSpan.FromMinutes(10), 10, None)).Should().BeEmpty("it is due from its insert time");
        (await Store.ClaimPendingFullTextAsync(T0.AddSeconds(1), TimeSpan.FromMinutes(10), 10, None)).Should().Equal(pending.Id);
        (await Store.ClaimPendingFullTextAsync(T0.AddMinutes(5), TimeSpan.FromMinutes(10), 10, None)).Should().BeEmpty("its lease holds");
        (await Store.ClaimPendingFullTextAsync(T0.AddMinutes(11), TimeSpan.FromMinutes(10), 10, None)).Should().Equal([pending.Id], "a dead worker's lease runs out");

        var work = await Store.GetFullTextWorkAsync(pending.Id, None);
        work.Should().Be(new FullTextWork(pending.Id, feed.Id, "https://a.example/guid:1", FullTextStatus.Pending, 0, null, null));
        (await Store.CountFullTextAsync(None)).Should().Equal(new Dictionary<string, long> { [FullTextStatus.Pending] = 1 });
    }

    [Fact]
    public async Task Attempts_AreCounted_PendingComesBackWhenDue_AndFinalStatesStay()
    {
        var feed = await FeedAsync();
        var article = await InsertAsync(feed, "guid:1", FullTextStatus.Pending);
        await Store.ClaimPendingFullTextAsync(T0.AddSeconds(1), TimeSpan.FromMinutes(10), 10, None);

        await Store.RecordFullTextAttemptAsync(article.Id, new FullTextAttempt { Status = FullTextStatus.Pending, Error = "HTTP 503", DueAt = T0.AddHours(1) }, T0.AddSeconds(2), None);
        (await Store.ClaimPendingFullTextAsync(T0.AddMinutes(30), TimeSpan.FromMinutes(10), 10, None)).Should().BeEmpty("the lease was released, but it is not due");
        (await Store.ClaimPendingFullTextAsync(T0.AddHours(1), TimeSpan.FromMinutes(10), 10, None)).Should().Equal(article.Id);
        (await Store.GetFullTextWorkAsync(article.Id, None))!.Attempts.Should().Be(1);

        await Store.RecordFullTextAttemptAsync(article.Id, new FullTextAttempt { Status = FullTextStatus.Pending, DueAt = T0.AddHours(2), CountsAsAttempt = false }, T0.AddHours(1), None);
        (await Store.GetFullTextWorkAsync(article.Id, None))!.Attempts.Should().Be(1, "a deferred attempt is not counted");

        await Store.RecordFullTextAttemptAsync(article.Id, new FullTextAttempt { Status = FullTextStatus.NoContent, Error = "No article found" }, T0.AddHours(2), None);
        (await Store.ClaimPendingFullTextAsync(T0.AddDays(1), TimeSpan.FromMinutes(10), 10, None)).Should().BeEmpty();
        var read = await Store.GetArticleAsync(article.Id, None);
        read!.FullTextStatus.Should().Be(FullTextStatus.NoContent);
        read.FullTextError.Should().Be("No article found");
        read.HasFullText.Should().BeFalse();
        read.ArticleText.Should().Be(read.ContentText);
    }

    [Fact]
    public async Task SaveFullText_KeepsTheExcerpt_FillsOnlyMissingMetadata_AndIsReadEverywhere()
    {
        var feed = await FeedAsync();
        var article = await InsertAsync(feed, "guid:1", FullTextStatus.Pending);
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.SaveFullTextAsync(article.Id, new FullTextContent
            {
                Html = "<p>The whole article.</p>", Text = "The whole article.", Raw = "<p>The whole article.</p><p>Share this</p>",
                ContentHash = "full-hash", CanonicalUrl = "https://publisher.example/story", Title = "Page title", Author = "Page Author",
                PublishedAt = T0.AddDays(-1), ETag = "\"v1\"", LastModified = "Sun, 01 Mar 2026 10:00:00 GMT", FetchedAt = T0.AddMinutes(1),
            }, T0.AddMinutes(1), None);
            await session.CommitAsync(None);
        }

        var read = (await Store.GetArticleAsync(article.Id, None))!;
        read.ContentText.Should().Be(article.ContentText, "the excerpt stays");
        read.ContentHtml.Should().Be(article.ContentHtml);
        read.FullTextStatus.Should().Be(FullTextStatus.Fetched);
        read.FullTextText.Should().Be("The whole article.");
        read.FullTextRaw.Should().Be("<p>The whole article.</p><p>Share this</p>");
        read.FullTextFetchedAt.Should().Be(T0.AddMinutes(1));
        read.ArticleHtml.Should().Be("<p>The whole article.</p>");
        read.ContentHash.Should().Be("full-hash");
        read.CanonicalUrl.Should().Be("https://publisher.example/story");
        read.Title.Should().Be(article.Title, "the feed's title wins");
        read.Author.Should().Be("Page Author", "the feed had none");
        read.PublishedAt.Should().Be(article.PublishedAt);
        var work = (await Store.GetFullTextWorkAsync(article.Id, None))!;
        (work.ETag, work.LastModified).Should().Be(("\"v1\"", "Sun, 01 Mar 2026 10:00:00 GMT"));

        var exported = await Store.ExportAsync(null, None).SingleAsync();
        exported.ArticleText.Should().Be("The whole article.");
        exported.FullTextRaw.Should().BeNull("downstream reads leave the raw extraction out");
        (await Store.LatestArticlesAsync(null, null, false, 10, None)).Single().ArticleHtml.Should().Be("<p>The whole article.</p>");

        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT content_text, excerpt_text, full_text_status FROM {Prefix}article_bodies WHERE article_id = {article.Id}";
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        (reader.GetString(0), reader.GetString(1), reader.GetString(2)).Should().Be(("The whole article.", article.ContentText, "fetched"));
    }

    [Fact]
    public async Task SetFullTextStatus_Pending_KeepsTheFullText_AndNull_ClearsIt()
    {
        var feed = await FeedAsync();
        var article = await InsertAsync(feed, "guid:1", FullTextStatus.Pending);
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.SaveFullTextAsync(article.Id, new FullTextContent { Html = "<p>x</p>", Text = "x", Raw = "<p>x</p>", ContentHash = "h" }, T0, None);
            await session.SetFullTextStatusAsync(article.Id, FullTextStatus.Pending, T0.AddHours(1), None);
            await session.CommitAsync(None);
        }
        var pending = (await Store.GetArticleAsync(article.Id, None))!;
        (pending.FullTextStatus, pending.FullTextText).Should().Be((FullTextStatus.Pending, "x"));
        (await Store.ClaimPendingFullTextAsync(T0.AddHours(1), TimeSpan.FromMinutes(1), 10, None)).Should().Equal(article.Id);

        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.SetFullTextStatusAsync(article.Id, null, null, None);
            await session.CommitAsync(None);
        }
        var cleared = (await Store.GetArticleAsync(article.Id, None))!;
        (cleared.FullTextStatus, cleared.FullTextText, cleared.FullTextRaw).Should().Be((null, null, null));
    }

    [Fact]
    public async Task MergeStoryInto_MovesEveryMember_AndKeepsTheOldIdAsAnAlias()
    {
        var feed = await FeedAsync();
        var target = await InsertAsync(feed, "guid:1", null);
        var source = await InsertAsync(feed, "guid:2", FullTextStatus.Pending);
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.MergeStoryIntoAsync(source.StoryId, target.StoryId, T0, None);
            await session.CommitAsync(None);
        }
        (await Store.GetArticleAsync(source.Id, None))!.StoryId.Should().Be(target.StoryId);
        (await Store.ResolveStoryIdAsync(source.StoryId, None)).Should().Be(target.StoryId);
        (await Store.GetStoryAsync(target.StoryId, None))!.Members.Select(m => m.Id).Should().Equal(target.Id, source.Id);
    }

    [Fact]
    public async Task Robots_AreCachedPerOrigin_AndReplaced()
    {
        (await Store.GetRobotsAsync("https://a.example", None)).Should().BeNull();
        var first = new RobotsRecord("https://a.example", RobotsState.Rules, "User-agent: *\nDisallow: /x\n", 200, T0, T0.AddDays(1));
        await Store.SaveRobotsAsync(first, None);
        (await Store.GetRobotsAsync("https://a.example", None)).Should().Be(first);
        var second = new RobotsRecord("https://a.example", RobotsState.Unreachable, "", 503, T0.AddDays(1), T0.AddDays(1).AddHours(1));
        await Store.SaveRobotsAsync(second, None);
        (await Store.GetRobotsAsync("https://a.example", None)).Should().Be(second);
        (await Store.GetRobotsAsync("https://b.example", None)).Should().BeNull();
    }

    [Fact]
    public async Task TypicalTextLength_IsTheMedianOfTheNewest()
    {
        var feed = await FeedAsync();
        (await Store.TypicalTextLengthAsync(feed.Id, 50, None)).Should().BeNull();
        foreach (var (key, length) in new[] { ("a", 10), ("b", 500), ("c", 40), ("d", 900), ("e", 30) })
            await InsertAsync(feed, key, null, new string('w', length));
        (await Store.TypicalTextLengthAsync(feed.Id, 50, None)).Should().Be(40);
        (await Store.TypicalTextLengthAsync(feed.Id, 2, None)).Should().Be(900, "the two newest are 900 and 30");
    }

    private async Task<FeedRecord> FeedAsync() => (await Store.AddFeedAsync("https://feed.example/rss", "Feed", T0, None)).Feed;

    private async Task<ArticleRecord> InsertAsync(FeedRecord feed, string identity, string? fullTextStatus, string? text = null)
    {
        await using var session = await Store.BeginIngestAsync(["k"], None);
        var stored = await session.InsertAsNewStoryAsync(new ArticleRecord
        {
            FeedId = feed.Id,
            FeedUrl = feed.Url,
            Guid = identity,
            Url = "https://a.example/" + identity,
            CanonicalUrl = "https://a.example/" + identity,
            Title = "Title " + identity,
            PublishedAt = T0.AddHours(-1),
            FetchedAt = T0,
            RawContent = "<p>raw … [Read More]</p>",
            ContentHtml = "<p>An excerpt of " + identity + "</p>",
            ContentText = text ?? "An excerpt of " + identity,
            IdentityKey = identity,
            ContentHash = "hash-" + identity,
            FullTextStatus = fullTextStatus,
        }, T0, None);
        await session.CommitAsync(None);
        return stored;
    }
}

public sealed class SqliteFullTextStoreContract(SqliteStoreFactory factory) : FullTextStoreContract(factory), IClassFixture<SqliteStoreFactory>
{
    protected override string Prefix => "";

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={factory.Path_}");
        await connection.OpenAsync();
        return connection;
    }
}

public sealed class PostgresFullTextStoreContract(PostgresStoreFactory factory) : FullTextStoreContract(factory), IClassFixture<PostgresStoreFactory>
{
    protected override string Prefix => "feedhub.";

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
