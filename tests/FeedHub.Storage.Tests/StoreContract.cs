using FeedHub.Storage;

namespace FeedHub.Storage.Tests;

/// <summary>One contract, run against every store: what the pipeline and downstream readers rely on.</summary>
public abstract class StoreContract(IStoreFactory factory) : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    protected IFeedHubStore Store => factory.Store;

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AddFeed_IsIdempotent()
    {
        var (first, added) = await Store.AddFeedAsync("https://example.com/feed", "Example", T0, None);
        var (second, addedAgain) = await Store.AddFeedAsync("https://example.com/feed", "Other", T0, None);

        added.Should().BeTrue();
        addedAgain.Should().BeFalse();
        second.Id.Should().Be(first.Id);
        second.Title.Should().Be("Example");
        first.Status.Should().Be(FeedStatus.New);
        first.Enabled.Should().BeTrue();
        first.NextPollAt.Should().Be(T0);
        (await Store.ListFeedsAsync(None)).Should().ContainSingle();
    }

    [Fact]
    public async Task Claim_LeasesDueFeedsOnce_UntilTheLeaseRunsOut()
    {
        var (due, _) = await Store.AddFeedAsync("https://a.example/feed", null, T0, None);
        var (later, _) = await Store.AddFeedAsync("https://b.example/feed", null, T0.AddHours(1), None);

        var claimed = await Store.ClaimDueFeedsAsync(T0.AddMinutes(1), TimeSpan.FromMinutes(10), 100, None);
        var again = await Store.ClaimDueFeedsAsync(T0.AddMinutes(2), TimeSpan.FromMinutes(10), 100, None);
        var afterLease = await Store.ClaimDueFeedsAsync(T0.AddMinutes(12), TimeSpan.FromMinutes(10), 100, None);

        claimed.Select(f => f.Id).Should().Equal(due.Id);
        again.Should().BeEmpty("a leased feed is not claimed again while its lease holds");
        afterLease.Select(f => f.Id).Should().Equal(due.Id);
        later.Id.Should().NotBe(due.Id);
    }

    [Fact]
    public async Task AStaleClaim_NeitherTakesNorRecords_AFeedAnotherClaimTookOver()
    {
        var (feed, _) = await Store.AddFeedAsync("https://a.example/feed", null, T0, None);
        var stale = (await Store.ClaimDueFeedsAsync(T0, TimeSpan.FromMinutes(10), 10, None)).Single().LeaseToken!;
        // The first claim's worker died; its lease ran out and another dispatch claimed the feed.
        var fresh = (await Store.ClaimDueFeedsAsync(T0.AddMinutes(11), TimeSpan.FromMinutes(10), 10, None)).Single().LeaseToken!;
        fresh.Should().NotBe(stale);

        (await Store.TakeFeedAsync(feed.Id, stale, T0.AddMinutes(12), TimeSpan.FromMinutes(10), None))
            .Should().BeNull("Hangfire re-running the dead worker's job must not poll a feed another claim holds");
        (await Store.RecordPollAsync(feed.Id, Ok(T0.AddMinutes(12)) with { Claim = stale, NextPollAt = T0.AddMinutes(13) }, None))
            .Should().BeFalse("a poll under a lost claim is not recorded");

        var taken = await Store.TakeFeedAsync(feed.Id, fresh, T0.AddMinutes(12), TimeSpan.FromMinutes(10), None);
        taken.Should().NotBeNull("the claim that holds the feed takes it (and renews its lease)");
        taken!.LeaseToken.Should().Be(fresh);
        (await Store.RecordPollAsync(feed.Id, Ok(T0.AddMinutes(12)) with { Claim = fresh, NextPollAt = T0.AddHours(2) }, None)).Should().BeTrue();

        var recorded = await Store.GetFeedAsync(feed.Id, None);
        recorded!.NextPollAt.Should().Be(T0.AddHours(2));
        recorded.LeaseToken.Should().BeNull("recording releases the lease");
        (await Store.TakeFeedAsync(feed.Id, fresh, T0.AddMinutes(13), TimeSpan.FromMinutes(10), None))
            .Should().BeNull("a feed just polled is not due, so even its old claim does not take it again");
        (await Store.TakeFeedAsync(feed.Id, "another-job", T0.AddHours(3), TimeSpan.FromMinutes(10), None))
            .Should().NotBeNull("a due feed nobody holds is taken by any claim");
    }

    [Fact]
    public async Task Claim_RespectsTheLimit_AndSkipsDisabledFeeds()
    {
        for (var i = 0; i < 5; i++)
            await Store.AddFeedAsync($"https://{i}.example/feed", null, T0, None);
        var (disabled, _) = await Store.AddFeedAsync("https://gone.example/feed", null, T0, None);
        await Store.RecordPollAsync(disabled.Id, new FeedPollResult
        {
            Status = FeedStatus.Disabled, StatusCode = 410, Error = "410 Gone", DisabledReason = "gone", PolledAt = T0, NextPollAt = T0,
        }, None);

        var first = await Store.ClaimDueFeedsAsync(T0.AddMinutes(1), TimeSpan.FromMinutes(10), 3, None);
        var rest = await Store.ClaimDueFeedsAsync(T0.AddMinutes(1), TimeSpan.FromMinutes(10), 100, None);

        first.Should().HaveCount(3);
        rest.Should().HaveCount(2);
        first.Concat(rest).Select(f => f.Id).Should().NotContain(disabled.Id).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task RecordPoll_CountsErrors_AndASuccessClearsThem()
    {
        var (feed, _) = await Store.AddFeedAsync("https://a.example/feed", null, T0, None);
        await Store.ClaimDueFeedsAsync(T0, TimeSpan.FromMinutes(10), 10, None);
        await Store.RecordPollAsync(feed.Id, Failure(T0, "HTTP 500"), None);
        await Store.RecordPollAsync(feed.Id, Failure(T0.AddMinutes(10), "HTTP 502"), None);

        var failing = await Store.GetFeedAsync(feed.Id, None);
        failing!.Status.Should().Be(FeedStatus.Error);
        failing.ErrorCount.Should().Be(2);
        failing.LastError.Should().Be("HTTP 502");
        failing.FailingSince.Should().Be(T0, "the failure started at the first error");
        (await Store.ClaimDueFeedsAsync(T0.AddMinutes(20), TimeSpan.FromMinutes(10), 10, None)).Should().ContainSingle("recording a poll releases the lease");

        await Store.RecordPollAsync(feed.Id, new FeedPollResult
        {
            Status = FeedStatus.Ok, StatusCode = 200, PolledAt = T0.AddMinutes(20), NextPollAt = T0.AddMinutes(50),
            ETag = "\"v1\"", LastModified = "Sun, 01 Mar 2026 12:00:00 GMT", BodyHash = "abc", Title = "Feed title",
        }, None);
        var ok = await Store.GetFeedAsync(feed.Id, None);
        ok!.Status.Should().Be(FeedStatus.Ok);
        ok.ErrorCount.Should().Be(0);
        ok.LastError.Should().BeNull();
        ok.FailingSince.Should().BeNull();
        ok.ETag.Should().Be("\"v1\"");
        ok.Title.Should().Be("Feed title");
        ok.LastPolledAt.Should().Be(T0.AddMinutes(20));
        ok.NextPollAt.Should().Be(T0.AddMinutes(50));
    }

    [Fact]
    public async Task RecordPoll_Disabled_ThenEnable_MakesTheFeedDueAgain()
    {
        var (feed, _) = await Store.AddFeedAsync("https://a.example/feed", null, T0, None);
        await Store.RecordPollAsync(feed.Id, new FeedPollResult
        {
            Status = FeedStatus.Disabled, StatusCode = 410, Error = "410 Gone", DisabledReason = "The server answered 410 Gone.",
            PolledAt = T0, NextPollAt = T0.AddDays(1),
        }, None);
        var disabled = await Store.GetFeedAsync(feed.Id, None);
        disabled!.Enabled.Should().BeFalse();
        disabled.DisabledReason.Should().Contain("410");

        (await Store.EnableFeedAsync(feed.Url, T0.AddDays(2), None)).Should().BeTrue();
        (await Store.EnableFeedAsync("https://nowhere.example/feed", T0, None)).Should().BeFalse();
        var enabled = await Store.GetFeedAsync(feed.Id, None);
        enabled!.Enabled.Should().BeTrue();
        enabled.DisabledReason.Should().BeNull();
        (await Store.ClaimDueFeedsAsync(T0.AddDays(2), TimeSpan.FromMinutes(5), 10, None)).Should().ContainSingle();
    }

    [Fact]
    public async Task RecordPoll_PermanentMove_ChangesTheUrl_UnlessAnotherFeedHasIt()
    {
        var (feed, _) = await Store.AddFeedAsync("https://old.example/feed", null, T0, None);
        var (other, _) = await Store.AddFeedAsync("https://taken.example/feed", null, T0, None);
        await Store.RecordPollAsync(feed.Id, Ok(T0) with { MovedTo = "https://new.example/feed" }, None);
        await Store.RecordPollAsync(other.Id, Ok(T0) with { MovedTo = "https://new.example/feed" }, None);

        (await Store.GetFeedAsync(feed.Id, None))!.Url.Should().Be("https://new.example/feed");
        (await Store.GetFeedAsync(other.Id, None))!.Url.Should().Be("https://taken.example/feed");
    }

    [Fact]
    public async Task Ingest_NewStory_MakesTheArticleItsRepresentative()
    {
        var feed = await FeedAsync();
        ArticleRecord stored;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            stored = await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "hash1"), T0, None);
            await session.CommitAsync(None);
        }

        var read = await Store.GetArticleAsync(stored.Id, None);
        read!.StoryId.Should().Be(stored.StoryId);
        read.IsRepresentative.Should().BeTrue();
        read.DuplicateReason.Should().BeNull();
        read.FeedUrl.Should().Be(feed.Url);
        read.PublishedAt.Should().Be(T0.AddHours(-1));
        read.FetchedAt.Should().Be(T0);
        read.ContentText.Should().Be("Text of guid:1 with ünïcødé");
    }

    [Fact]
    public async Task Ingest_JoinsAStory_AndTheRepresentativeCanMove()
    {
        var feed = await FeedAsync();
        ArticleRecord first, second;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            first = await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "same"), T0, None);
            await session.CommitAsync(None);
        }
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            (await session.FindByContentHashAsync("same", None)).Select(a => a.Id).Should().Equal(first.Id);
            second = await session.InsertIntoStoryAsync(Article(feed, "guid:2", "https://b.example/2", "same"), first.StoryId, DuplicateReasons.Exact, 1.0, T0, None);
            await session.SetRepresentativeAsync(first.StoryId, second.Id, T0, None);
            (await session.GetStoryMembersAsync(first.StoryId, None)).Should().HaveCount(2);
            await session.CommitAsync(None);
        }

        var a = await Store.GetArticleAsync(first.Id, None);
        var b = await Store.GetArticleAsync(second.Id, None);
        b!.StoryId.Should().Be(a!.StoryId);
        b.DuplicateReason.Should().Be(DuplicateReasons.Exact);
        b.Similarity.Should().Be(1.0);
        b.IsRepresentative.Should().BeTrue();
        a.IsRepresentative.Should().BeFalse();
    }

    [Fact]
    public async Task LockedStory_ItsMembersInTheSession_AreWhatTheStoreReadsBackAfterCommit()
    {
        // The session answers a locked story's members from the read it made with the lock, plus what it inserted:
        // that answer must be the store's own, down to the precision of the stored times.
        var feed = await FeedAsync();
        ArticleRecord first;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            first = await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "same") with { PublishedAt = T0.AddTicks(-7) }, T0, None);
            await session.CommitAsync(None);
        }
        IReadOnlyList<ArticleRecord> inSession;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            (await session.LockStoriesAsync([first.StoryId, first.StoryId + 1000], None)).Should().BeEquivalentTo([first.StoryId]);
            await session.InsertIntoStoryAsync(Article(feed, "guid:2", "https://b.example/2", "same") with { PublishedAt = T0.AddTicks(-13), OriginalUrl = "https://a.example/1" },
                first.StoryId, DuplicateReasons.Near, 0.875, T0.AddTicks(3), None);
            inSession = await session.GetStoryMembersAsync(first.StoryId, None);
            await session.CommitAsync(None);
        }
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            var afterCommit = await session.GetStoryMembersAsync(first.StoryId, None);
            afterCommit.Should().HaveCount(2);
            inSession.Should().BeEquivalentTo(afterCommit, o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public async Task Ingest_FindsByIdentityCanonicalUrlAndOriginal()
    {
        var feed = await FeedAsync();
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h1") with { OriginalUrl = "https://origin.example/story" }, T0, None);
            await session.CommitAsync(None);
        }
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            (await session.FindByIdentityAsync(feed.Id, "guid:1", None)).Should().NotBeNull();
            (await session.FindByIdentityAsync(feed.Id, "guid:2", None)).Should().BeNull();
            (await session.FindByCanonicalUrlAsync("https://a.example/1", None)).Should().ContainSingle();
            (await session.FindByOriginalUrlAsync("https://origin.example/story", None)).Should().ContainSingle();
            (await session.FindByOriginalUrlAsync("https://a.example/1", None)).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Ingest_WithoutCommit_StoresNothing()
    {
        var feed = await FeedAsync();
        await using (var session = await Store.BeginIngestAsync(["k"], None))
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h1"), T0, None);

        (await Store.CountArticlesAsync(None)).Should().Be(0);
        // The store is usable afterwards: the writer's lock was released.
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h1"), T0, None);
            await session.CommitAsync(None);
        }
        (await Store.CountArticlesAsync(None)).Should().Be(1);
    }

    [Fact]
    public async Task Ingest_SameIdentityTwice_IsRefusedByTheStore()
    {
        var feed = await FeedAsync();
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h1"), T0, None);
            await session.CommitAsync(None);
        }
        await using var again = await Store.BeginIngestAsync(["k"], None);
        var act = () => again.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/other", "h2"), T0, None);
        await act.Should().ThrowAsync<System.Data.Common.DbException>();
    }

    [Fact]
    public async Task UpdateContent_KeepsTheStory()
    {
        var feed = await FeedAsync();
        ArticleRecord stored;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            stored = await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h1"), T0, None);
            await session.CommitAsync(None);
        }
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.UpdateContentAsync(stored with { ContentText = "Edited", ContentHash = "h2", Title = "New title" }, T0.AddHours(1), None);
            await session.CommitAsync(None);
        }
        var read = await Store.GetArticleAsync(stored.Id, None);
        read!.ContentText.Should().Be("Edited");
        read.Title.Should().Be("New title");
        read.StoryId.Should().Be(stored.StoryId);
        read.UpdatedAt.Should().Be(T0.AddHours(1));
    }

    [Fact]
    public async Task Export_StreamsInIdOrder_AndFiltersBySince()
    {
        var feed = await FeedAsync();
        for (var i = 1; i <= 3; i++)
        {
            await using var session = await Store.BeginIngestAsync(["k"], None);
            await session.InsertAsNewStoryAsync(Article(feed, $"guid:{i}", $"https://a.example/{i}", $"h{i}"), T0.AddHours(i), None);
            await session.CommitAsync(None);
        }
        var all = await Store.ExportAsync(null, None).ToListAsync();
        var since = await Store.ExportAsync(T0.AddHours(2), None).ToListAsync();

        all.Select(a => a.Guid).Should().Equal("guid:1", "guid:2", "guid:3");
        since.Select(a => a.Guid).Should().Equal("guid:2", "guid:3");
    }

    [Fact]
    public async Task Migrate_IsIdempotent_AndMakesTheStoreReady()
    {
        var first = await Store.MigrateAsync(None);
        var second = await Store.MigrateAsync(None);
        second.Should().Be(first).And.BeGreaterThan(0);
        (await Store.IsReadyAsync(None)).Should().BeTrue();
    }

    [Fact]
    public async Task ArticlePages_NeverSkipOrRepeat_WhileOthersInsert()
    {
        var feed = await FeedAsync();
        const int writers = 4, perWriter = 40;
        var inserted = new System.Collections.Concurrent.ConcurrentBag<long>();
        var writing = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                await using var session = await Store.BeginIngestAsync([$"w{w}:{i}"], None);
                var stored = await session.InsertAsNewStoryAsync(Article(feed, $"guid:{w}:{i}", $"https://a.example/{w}/{i}", $"h{w}:{i}"), T0, None);
                if (i % 3 == 0)
                    await Task.Delay(2); // hold some transactions open while others commit
                await session.CommitAsync(None);
                inserted.Add(stored.Id);
            }
        })));

        var read = new List<long>();
        ArticleCursor? cursor = null;
        var caughtUpBy = DateTime.MaxValue;
        while (true)
        {
            var done = writing.IsCompleted;
            if (done && caughtUpBy == DateTime.MaxValue)
                caughtUpBy = DateTime.UtcNow.AddSeconds(30);
            var page = await Store.ListArticlesAsync(new ArticleQuery { After = cursor, Limit = 7 }, None);
            read.AddRange(page.Items.Select(a => a.Id));
            cursor = page.NextCursor;
            // Rows stay held back while any older transaction of the cluster runs (other tests use other databases
            // of it), so after the writers finish keep reading until caught up, for a while at most.
            if (page.Items.Count == 0 && done && (read.Count >= inserted.Count || DateTime.UtcNow > caughtUpBy))
                break;
        }
        await writing;

        read.Should().OnlyHaveUniqueItems("a page never repeats an article");
        read.Should().BeEquivalentTo(inserted, "a page never skips an article, even one that committed late");
    }

    [Fact]
    public async Task Story_HasItsMembers_AndLatestIsNewestFirst()
    {
        var feed = await FeedAsync();
        ArticleRecord first, second;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            first = await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h") with { PublishedAt = T0.AddHours(-5) }, T0, None);
            second = await session.InsertIntoStoryAsync(Article(feed, "guid:2", "https://b.example/2", "h") with { PublishedAt = T0.AddHours(-1) }, first.StoryId, DuplicateReasons.Near, 0.93, T0, None);
            await session.CommitAsync(None);
        }

        var story = await Store.GetStoryAsync(first.StoryId, None);
        var latest = await Store.LatestArticlesAsync(null, null, representativesOnly: false, 10, None);
        var representatives = await Store.LatestArticlesAsync(null, null, representativesOnly: true, 10, None);

        story!.RepresentativeArticleId.Should().Be(first.Id);
        story.Members.Select(m => (m.Id, m.DuplicateReason, m.Similarity)).Should().Equal((first.Id, null, null), (second.Id, DuplicateReasons.Near, 0.93));
        latest.Select(a => a.Id).Should().Equal(second.Id, first.Id);
        representatives.Select(a => a.Id).Should().Equal(first.Id);
        (await Store.GetStoryAsync(999_999, None)).Should().BeNull();
        (await Store.GetStatisticsAsync(None)).Should().Match<StoreStatistics>(s => s.Articles == 2 && s.Stories == 1);
    }

    [Fact]
    public async Task ApiKeys_AreStoredByHash_AndRevocable()
    {
        (await Store.AddApiKeyAsync("app", "hash-1", T0, None)).Should().BeTrue();
        (await Store.AddApiKeyAsync("app", "hash-2", T0, None)).Should().BeFalse();
        (await Store.ListApiKeysAsync(None)).Should().ContainSingle(k => k.Name == "app" && k.KeyHash == "hash-1");
        (await Store.RevokeApiKeyAsync("app", None)).Should().BeTrue();
        (await Store.ListApiKeysAsync(None)).Should().BeEmpty();
    }

    [Fact]
    public async Task Split_TakesTheArticleOut_AndMerge_KeepsTheOldIdAsAnAlias()
    {
        var feed = await FeedAsync();
        ArticleRecord a, b;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            a = await session.InsertAsNewStoryAsync(Article(feed, "guid:a", "https://a.example/a", "h"), T0, None);
            b = await session.InsertIntoStoryAsync(Article(feed, "guid:b", "https://a.example/b", "h"), a.StoryId, DuplicateReasons.Exact, 1, T0, None);
            await session.CommitAsync(None);
        }

        var newStory = await Store.SplitArticleAsync(b.Id, T0, None);
        (await Store.SplitArticleAsync(b.Id, T0, None)).Should().BeNull("it is alone in its story now");
        newStory.Should().NotBeNull().And.NotBe(a.StoryId);
        var split = await Store.GetArticleAsync(b.Id, None);
        split!.StoryId.Should().Be(newStory!.Value);
        split.IsRepresentative.Should().BeTrue();
        split.DuplicateReason.Should().BeNull();

        (await Store.MergeStoriesAsync(a.StoryId, newStory.Value, T0.AddHours(1), None)).Should().BeTrue();
        (await Store.MergeStoriesAsync(a.StoryId, a.StoryId, T0, None)).Should().BeFalse();
        (await Store.ResolveStoryIdAsync(newStory.Value, None)).Should().Be(a.StoryId);
        var viaAlias = await Store.GetStoryAsync(newStory.Value, None);
        viaAlias!.Id.Should().Be(a.StoryId);
        viaAlias.Members.Should().HaveCount(2);
        viaAlias.Members.Count(m => m.IsRepresentative).Should().Be(1);
    }

    [Fact]
    public async Task Ingest_AWriteThatFails_RollsBackTheWholeSession()
    {
        var feed = await FeedAsync();
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h1"), T0, None);
            await session.CommitAsync(None);
        }

        var act = async () =>
        {
            await using var session = await Store.BeginIngestAsync(["k"], None);
            var article = Article(feed, "guid:1", "https://a.example/1", "h2");
            await session.LookUpAsync(article, [], 10, None);
            // The same identity again breaks the unique key. On PostgreSQL the lookup reserved the ids, so the
            // story's and the article's inserts wait in the batch that commits and the error comes from the commit;
            // on SQLite it comes from the insert.
            await session.InsertAsNewStoryAsync(article, T0, None);
            await session.CommitAsync(None);
        };

        await act.Should().ThrowAsync<Exception>();
        (await Store.CountArticlesAsync(None)).Should().Be(1, "nothing of the failed session is stored");
        (await Store.GetStatisticsAsync(None)).Stories.Should().Be(1, "its story went with it");

        // The connection went back to the pool usable: the next session commits.
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            var article = Article(feed, "guid:2", "https://a.example/2", "h2");
            await session.LookUpAsync(article, [], 10, None);
            await session.InsertAsNewStoryAsync(article, T0, None);
            await session.CommitAsync(None);
        }
        (await Store.CountArticlesAsync(None)).Should().Be(2);
        (await Store.GetStatisticsAsync(None)).Stories.Should().Be(2);
    }

    [Fact]
    public async Task Purge_LeavesTombstones_DropsEmptyStories_AndReelects()
    {
        var feed = await FeedAsync();
        ArticleRecord old, fresh, alone;
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            old = await session.InsertAsNewStoryAsync(Article(feed, "guid:old", "https://a.example/old", "h") with { FetchedAt = T0.AddDays(-100) }, T0, None);
            fresh = await session.InsertIntoStoryAsync(Article(feed, "guid:fresh", "https://a.example/fresh", "h"), old.StoryId, DuplicateReasons.Exact, 1, T0, None);
            alone = await session.InsertAsNewStoryAsync(Article(feed, "guid:alone", "https://a.example/alone", "x") with { FetchedAt = T0.AddDays(-100) }, T0, None);
            await session.CommitAsync(None);
        }

        var purged = await Store.PurgeArticlesAsync(T0.AddDays(-30), 100, T0, None);

        purged.Should().Be(2);
        (await Store.GetArticleAsync(old.Id, None)).Should().BeNull();
        (await Store.GetStoryAsync(alone.StoryId, None)).Should().BeNull("a story left empty goes");
        var remaining = await Store.GetArticleAsync(fresh.Id, None);
        remaining!.IsRepresentative.Should().BeTrue("the story got a new representative");
        await using var check = await Store.BeginIngestAsync(["k"], None);
        (await check.IsTombstonedAsync(feed.Id, "guid:old", None)).Should().BeTrue();
        (await check.IsTombstonedAsync(feed.Id, "guid:fresh", None)).Should().BeFalse();
    }

    [Fact]
    public async Task RemoveAndDisableFeeds()
    {
        var feed = await FeedAsync();
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h"), T0, None);
            await session.CommitAsync(None);
        }

        (await Store.DisableFeedAsync(feed.Url, "by hand", T0, None)).Should().BeTrue();
        (await Store.GetFeedAsync(feed.Id, None))!.Should().Match<FeedRecord>(f => !f.Enabled && f.DisabledReason == "by hand");
        (await Store.RemoveFeedAsync(feed.Url, None)).Should().BeTrue();
        (await Store.RemoveFeedAsync(feed.Url, None)).Should().BeFalse();
        (await Store.CountArticlesAsync(None)).Should().Be(0);
        (await Store.GetStatisticsAsync(None)).Stories.Should().Be(0);
    }

    [Fact]
    public async Task Outbox_RelaysEachEventOnce_AndPurgesRelayedOnes()
    {
        var feed = await FeedAsync();
        await using (var session = await Store.BeginIngestAsync(["k"], None))
        {
            await session.InsertAsNewStoryAsync(Article(feed, "guid:1", "https://a.example/1", "h"), T0, None);
            await session.AppendEventAsync("article.created", "{\"articleId\":1}", T0, None);
            await session.AppendEventAsync("story.updated", "{\"storyId\":1}", T0, None);
            await session.CommitAsync(None);
        }
        await using (var rolledBack = await Store.BeginIngestAsync(["k"], None))
            await rolledBack.AppendEventAsync("article.created", "{}", T0, None); // never committed: never relayed

        var relayed = new List<OutboxEvent>();
        var first = await Store.RelayEventsAsync(10, T0, events => { relayed.AddRange(events); return Task.CompletedTask; }, None);
        var second = await Store.RelayEventsAsync(10, T0, events => { relayed.AddRange(events); return Task.CompletedTask; }, None);

        first.Should().Be(2);
        second.Should().Be(0);
        relayed.Select(e => e.EventType).Should().Equal("article.created", "story.updated");
        (await Store.GetEventAsync(relayed[0].Id, None))!.PayloadJson.Should().Be("{\"articleId\":1}");
        (await Store.PurgeRelayedEventsAsync(T0.AddDays(-1), None)).Should().Be(0);
        (await Store.PurgeRelayedEventsAsync(T0.AddSeconds(1), None)).Should().Be(2);
        (await Store.GetEventAsync(relayed[0].Id, None)).Should().BeNull();
    }

    private async Task<FeedRecord> FeedAsync() => (await Store.AddFeedAsync("https://feed.example/rss", "Feed", T0, None)).Feed;

    private static ArticleRecord Article(FeedRecord feed, string identity, string url, string hash) => new()
    {
        FeedId = feed.Id,
        FeedUrl = feed.Url,
        Guid = identity,
        Url = url,
        CanonicalUrl = url,
        Title = "Title " + identity,
        Author = "Author",
        PublishedAt = T0.AddHours(-1),
        FetchedAt = T0,
        RawContent = "<p>raw</p>",
        ContentHtml = "<p>clean</p>",
        ContentText = "Text of " + identity + " with ünïcødé",
        IdentityKey = identity,
        ContentHash = hash,
    };

    private static FeedPollResult Failure(DateTimeOffset at, string error) =>
        new() { Status = FeedStatus.Error, StatusCode = 500, Error = error, PolledAt = at, NextPollAt = at.AddMinutes(10) };

    private static FeedPollResult Ok(DateTimeOffset at) =>
        new() { Status = FeedStatus.Ok, StatusCode = 200, PolledAt = at, NextPollAt = at.AddMinutes(30) };
}

public sealed class SqliteStoreContract(SqliteStoreFactory factory) : StoreContract(factory), IClassFixture<SqliteStoreFactory>;

public sealed class PostgresStoreContract(PostgresStoreFactory factory) : StoreContract(factory), IClassFixture<PostgresStoreFactory>;
