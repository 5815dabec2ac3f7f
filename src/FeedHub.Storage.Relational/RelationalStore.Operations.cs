using System.Data.Common;
using FeedHub.Dedup;

namespace FeedHub.Storage.Relational;

/// <summary>Operator changes: remove and disable feeds, split and merge stories, purge old articles.</summary>
public partial class RelationalStore
{
    public Task<bool> RemoveFeedAsync(string url, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var p = Dialect.TablePrefix;
            var ids = await Db.ListAsync(connection, transaction, $"SELECT id FROM {p}articles WHERE feed_id = (SELECT id FROM {p}feeds WHERE url = @url)",
                r => r.Long("id"), cancellationToken, DbParam.Text("url", url)).ConfigureAwait(false);
            await DeleteArticlesAsync(connection, transaction, ids, DateTimeOffset.UtcNow, tombstones: false, cancellationToken).ConfigureAwait(false);
            return await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {p}feeds WHERE url = @url", cancellationToken, DbParam.Text("url", url)).ConfigureAwait(false) > 0;
        }, cancellationToken);

    public Task<bool> DisableFeedAsync(string url, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction,
                $"UPDATE {Dialect.TablePrefix}feeds SET enabled = FALSE, status = 'disabled', disabled_reason = @reason, lease_until = NULL, updated_at = @now WHERE url = @url",
                cancellationToken, DbParam.Text("url", url), DbParam.Text("reason", reason), DbParam.Time("now", now)).ConfigureAwait(false) > 0,
            cancellationToken);

    public Task<long?> SplitArticleAsync(long articleId, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync<long?>(async (connection, transaction) =>
        {
            var p = Dialect.TablePrefix;
            var stories = await LockStoriesOfAsync(connection, transaction, [articleId], cancellationToken).ConfigureAwait(false);
            if (stories.Count == 0)
                return null;
            var oldStory = stories[0];
            var members = await Db.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {p}articles WHERE story_id = @s", cancellationToken, DbParam.Long("s", oldStory)).ConfigureAwait(false);
            if (members < 2)
                return null;
            var newStory = await Db.ScalarAsync<long>(connection, transaction, $"INSERT INTO {p}stories (created_at, updated_at) VALUES (@now, @now) RETURNING id",
                cancellationToken, DbParam.Time("now", now)).ConfigureAwait(false);
            await Db.ExecuteAsync(connection, transaction,
                $"UPDATE {p}articles SET story_id = @s, pinned = TRUE, duplicate_reason = NULL, similarity = NULL WHERE id = @id",
                cancellationToken, DbParam.Long("s", newStory), DbParam.Long("id", articleId)).ConfigureAwait(false);
            await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}stories SET representative_article_id = @a WHERE id = @s",
                cancellationToken, DbParam.Long("a", articleId), DbParam.Long("s", newStory)).ConfigureAwait(false);
            await ElectAsync(connection, transaction, oldStory, now, cancellationToken).ConfigureAwait(false);
            return newStory;
        }, cancellationToken);

    public Task<bool> MergeStoriesAsync(long targetStoryId, long sourceStoryId, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var p = Dialect.TablePrefix;
            if (targetStoryId == sourceStoryId)
                return false;
            await Dialect.LockKeysAsync(connection, transaction, [StoryMerge.LockKey(targetStoryId), StoryMerge.LockKey(sourceStoryId)], cancellationToken).ConfigureAwait(false);
            var found = await Db.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {p}stories WHERE id IN (@t, @s)",
                cancellationToken, DbParam.Long("t", targetStoryId), DbParam.Long("s", sourceStoryId)).ConfigureAwait(false);
            if (found != 2)
                return false;
            await StoryMerge.MoveAsync(connection, transaction, p, targetStoryId, sourceStoryId, now, cancellationToken).ConfigureAwait(false);
            await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}stories SET representative_article_id = NULL WHERE id = @t",
                cancellationToken, DbParam.Long("t", targetStoryId)).ConfigureAwait(false);
            await ElectAsync(connection, transaction, targetStoryId, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<long?> ResolveStoryIdAsync(long storyId, CancellationToken cancellationToken)
    {
        var p = Dialect.TablePrefix;
        return ReadAsync<long?>(async connection =>
            await Db.ScalarAsync<long?>(connection, null,
                $"SELECT id FROM {p}stories WHERE id = @id UNION ALL SELECT merged_into_id FROM {p}story_aliases WHERE story_id = @id",
                cancellationToken, DbParam.Long("id", storyId)).ConfigureAwait(false), cancellationToken);
    }

    public Task<int> PurgeArticlesAsync(DateTimeOffset olderThan, int batchSize, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var ids = await Db.ListAsync(connection, transaction,
                $"SELECT id FROM {Dialect.TablePrefix}articles WHERE fetched_at < @cutoff ORDER BY fetched_at, id LIMIT @n",
                r => r.Long("id"), cancellationToken, DbParam.Time("cutoff", olderThan), DbParam.Int("n", Math.Clamp(batchSize, 1, 5000))).ConfigureAwait(false);
            await DeleteArticlesAsync(connection, transaction, ids, now, tombstones: true, cancellationToken).ConfigureAwait(false);
            return ids.Count;
        }, cancellationToken);

    /// <summary>Deletes articles (with tombstones if asked), drops emptied stories, re-elects where the representative went.</summary>
    private async Task DeleteArticlesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<long> ids, DateTimeOffset now, bool tombstones, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return;
        var p = Dialect.TablePrefix;
        var list = Db.InList(ids, "i", out var parameters);
        var stories = await LockStoriesOfAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);
        if (tombstones)
        {
            await Db.ExecuteAsync(connection, transaction,
                $"INSERT INTO {p}tombstones (feed_id, identity_key, purged_at) SELECT feed_id, identity_key, @now FROM {p}articles WHERE id IN ({list}) ON CONFLICT DO NOTHING",
                cancellationToken, [.. parameters, DbParam.Time("now", now)]).ConfigureAwait(false);
        }
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}stories SET representative_article_id = NULL WHERE representative_article_id IN ({list})",
            cancellationToken, parameters).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {p}articles WHERE id IN ({list})", cancellationToken, parameters).ConfigureAwait(false);
        foreach (var story in stories)
        {
            var left = await Db.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {p}articles WHERE story_id = @s",
                cancellationToken, DbParam.Long("s", story)).ConfigureAwait(false);
            if (left == 0)
                await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {p}stories WHERE id = @s", cancellationToken, DbParam.Long("s", story)).ConfigureAwait(false);
            else
                await ElectAsync(connection, transaction, story, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Locks the stories the articles belong to (the <c>story:&lt;id&gt;</c> keys an ingest takes before it joins or
    /// merges a story) and returns them once they hold still: an article a merge moved while this waited is looked up
    /// again and its new story locked too. So a split or a purge never races an ingest adding to the same story.
    /// </summary>
    private async Task<List<long>> LockStoriesOfAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<long> articleIds, CancellationToken cancellationToken)
    {
        var list = Db.InList(articleIds, "i", out var parameters);
        var locked = new HashSet<long>();
        while (true)
        {
            var stories = await Db.ListAsync(connection, transaction, $"SELECT DISTINCT story_id FROM {Dialect.TablePrefix}articles WHERE id IN ({list}) ORDER BY story_id",
                r => r.Long("story_id"), cancellationToken, parameters).ConfigureAwait(false);
            var missing = stories.Where(id => !locked.Contains(id)).ToList();
            if (missing.Count == 0)
                return stories;
            await Dialect.LockKeysAsync(connection, transaction, missing.Select(StoryMerge.LockKey).ToList(), cancellationToken).ConfigureAwait(false);
            locked.UnionWith(missing);
        }
    }

    /// <summary>Applies the representative policy to a story whose members changed.</summary>
    private async Task ElectAsync(DbConnection connection, DbTransaction transaction, long storyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var p = Dialect.TablePrefix;
        var members = await Db.ListAsync(connection, transaction, $"SELECT {Rows.ArticleColumns} {Rows.ArticleFrom(p)} WHERE a.story_id = @s",
            Rows.Article, cancellationToken, DbParam.Long("s", storyId)).ConfigureAwait(false);
        if (members.Count == 0)
            return;
        var chosen = RepresentativePolicy.Choose(members);
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}stories SET representative_article_id = @a, updated_at = @now WHERE id = @s",
            cancellationToken, DbParam.Long("a", chosen.Id), DbParam.Long("s", storyId), DbParam.Time("now", now)).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {p}articles SET duplicate_reason = NULL, similarity = NULL WHERE id = @a",
            cancellationToken, DbParam.Long("a", chosen.Id)).ConfigureAwait(false);
    }
}
