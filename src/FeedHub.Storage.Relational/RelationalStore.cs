using System.Data.Common;
using FeedHub.Cleaning;

namespace FeedHub.Storage.Relational;

/// <summary>The store on a SQL database; the dialect supplies what differs between PostgreSQL and SQLite.</summary>
public partial class RelationalStore : IFeedHubStore
{
    private readonly SqlDialect _dialect;
    private readonly Migrator _migrator;
    private readonly string _p;

    public RelationalStore(SqlDialect dialect)
    {
        _dialect = dialect;
        _migrator = new Migrator(dialect);
        _p = dialect.TablePrefix;
    }

    protected SqlDialect Dialect => _dialect;

    public Task<int> MigrateAsync(CancellationToken cancellationToken) => _migrator.MigrateAsync(cancellationToken);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
                return await _migrator.CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false) >= _migrator.LatestVersion;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // ---- feeds ----

    public async Task<(FeedRecord Feed, bool Added)> AddFeedAsync(string url, string? title, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var moved = await Db.ListAsync(connection, null,
                $"SELECT f.* FROM {_p}feeds f JOIN {_p}feed_aliases x ON x.feed_id = f.id WHERE x.url = @url", Rows.Feed,
                cancellationToken, DbParam.Text("url", url)).ConfigureAwait(false);
            if (moved.Count == 1)
                return (moved[0], false); // the feed moved from this URL: it is the same feed
            var inserted = await Db.ListAsync(connection, null,
                $"INSERT INTO {_p}feeds (url, title, enabled, status, error_count, next_poll_at, created_at, updated_at) " +
                "VALUES (@url, @title, TRUE, 'new', 0, @now, @now, @now) ON CONFLICT (url) DO NOTHING RETURNING *",
                Rows.Feed, cancellationToken, DbParam.Text("url", url), DbParam.Text("title", title), DbParam.Time("now", now)).ConfigureAwait(false);
            if (inserted.Count == 1)
                return (inserted[0], true);
            var existing = await Db.ListAsync(connection, null, $"SELECT * FROM {_p}feeds WHERE url = @url", Rows.Feed,
                cancellationToken, DbParam.Text("url", url)).ConfigureAwait(false);
            return (existing[0], false);
        }
    }

    public Task<FeedRecord?> GetFeedAsync(long id, CancellationToken cancellationToken) =>
        SingleFeedAsync($"SELECT * FROM {_p}feeds WHERE id = @id", cancellationToken, DbParam.Long("id", id));

    public Task<FeedRecord?> GetFeedByUrlAsync(string url, CancellationToken cancellationToken) =>
        SingleFeedAsync($"SELECT * FROM {_p}feeds WHERE url = @url", cancellationToken, DbParam.Text("url", url));

    private async Task<FeedRecord?> SingleFeedAsync(string sql, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await Db.ListAsync(connection, null, sql, Rows.Feed, cancellationToken, parameters).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    public Task<IReadOnlyList<FeedRecord>> ListFeedsAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<FeedRecord>>(async connection =>
            await Db.ListAsync(connection, null, $"SELECT * FROM {_p}feeds ORDER BY id", Rows.Feed, cancellationToken).ConfigureAwait(false), cancellationToken);

    public Task<IReadOnlyList<FeedRecord>> ClaimDueFeedsAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<FeedRecord>>(async (connection, transaction) =>
            await Db.ListAsync(connection, transaction, _dialect.ClaimDueFeedsSql, Rows.Feed, cancellationToken,
                DbParam.Time("now", now), DbParam.Time("lease", now + lease), DbParam.Int("max", max),
                DbParam.Text("token", Guid.NewGuid().ToString("N"))).ConfigureAwait(false),
            cancellationToken);

    public Task<FeedRecord?> TakeFeedAsync(long feedId, string claim, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            (await Db.ListAsync(connection, transaction,
                $"UPDATE {_p}feeds SET lease_until = @lease, lease_token = @claim WHERE id = @id AND enabled AND " +
                "(lease_token = @claim OR ((lease_until IS NULL OR lease_until < @now) AND next_poll_at <= @now)) RETURNING *",
                Rows.Feed, cancellationToken, DbParam.Long("id", feedId), DbParam.Text("claim", claim), DbParam.Time("now", now),
                DbParam.Time("lease", now + lease)).ConfigureAwait(false)).FirstOrDefault(),
            cancellationToken);

    public Task<bool> RecordPollAsync(long feedId, FeedPollResult result, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var failed = result.Error is not null;
            var feed = result.MovedTo is null ? null : (await Db.ListAsync(connection, transaction, $"SELECT * FROM {_p}feeds WHERE id = @id",
                Rows.Feed, cancellationToken, DbParam.Long("id", feedId)).ConfigureAwait(false)).FirstOrDefault();
            var recorded = await Db.ExecuteAsync(connection, transaction,
                $"UPDATE {_p}feeds SET status = @status, last_status_code = @code, last_error = @error, " +
                "error_count = CASE WHEN @deferred THEN error_count WHEN @failed THEN error_count + 1 ELSE 0 END, " +
                "failing_since = CASE WHEN @deferred THEN failing_since WHEN @failed THEN COALESCE(failing_since, @polled) ELSE NULL END, " +
                "pending_redirect_url = @pending, pending_redirect_count = @pendingCount, " +
                "last_polled_at = @polled, next_poll_at = @next, etag = @etag, last_modified = @modified, body_hash = @hash, " +
                "title = COALESCE(@title, title), enabled = @enabled, disabled_reason = @disabled, lease_until = NULL, lease_token = NULL, updated_at = @polled, " +
                $"url = CASE WHEN @moved IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {_p}feeds x WHERE x.url = @moved) THEN @moved ELSE url END " +
                "WHERE id = @id AND (@claim IS NULL OR lease_token = @claim)",
                cancellationToken,
                DbParam.Long("id", feedId), DbParam.Text("status", result.Status), DbParam.Int("code", result.StatusCode),
                DbParam.Text("error", result.Error), DbParam.Bool("failed", failed), DbParam.Time("polled", result.PolledAt),
                DbParam.Time("next", result.NextPollAt), DbParam.Text("etag", result.ETag), DbParam.Text("modified", result.LastModified),
                DbParam.Text("hash", result.BodyHash), DbParam.Text("title", result.Title),
                DbParam.Bool("enabled", result.Status != FeedStatus.Disabled), DbParam.Text("disabled", result.DisabledReason),
                DbParam.Text("moved", result.MovedTo), DbParam.Bool("deferred", result.Deferred),
                DbParam.Text("pending", result.PendingRedirectUrl), DbParam.Int("pendingCount", result.PendingRedirectCount),
                DbParam.Text("claim", result.Claim)).ConfigureAwait(false);
            if (recorded == 0)
                return false;
            if (result.MovedTo is not null && feed is { } old && old.Url != result.MovedTo)
            {
                // Keep the old URL, so that adding it again finds this feed.
                await Db.ExecuteAsync(connection, transaction,
                    $"INSERT INTO {_p}feed_aliases (url, feed_id, moved_at) SELECT @old, id, @polled FROM {_p}feeds WHERE id = @id AND url = @moved ON CONFLICT (url) DO NOTHING",
                    cancellationToken, DbParam.Text("old", old.Url), DbParam.Long("id", feedId), DbParam.Time("polled", result.PolledAt),
                    DbParam.Text("moved", result.MovedTo)).ConfigureAwait(false);
            }
            return true;
        }, cancellationToken);

    public Task SetFeedCategoryAsync(long feedId, string? category, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}feeds SET category = @c WHERE id = @id",
                cancellationToken, DbParam.Long("id", feedId), DbParam.Text("c", category)).ConfigureAwait(false),
            cancellationToken);

    public Task<bool> SetFeedRulesAsync(long feedId, IReadOnlyList<string> removeSelectors, IReadOnlyList<string> removePatterns, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}feeds SET remove_selectors = @s, remove_patterns = @p WHERE id = @id",
                cancellationToken, DbParam.Long("id", feedId), DbParam.Text("s", Rows.Json(removeSelectors)), DbParam.Text("p", Rows.Json(removePatterns))).ConfigureAwait(false) > 0,
            cancellationToken);

    public Task SetLearnedBlocksAsync(long feedId, IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}feeds SET learned_blocks = @b WHERE id = @id",
                cancellationToken, DbParam.Long("id", feedId), DbParam.Text("b", Rows.Json(blockKeys.Order(StringComparer.Ordinal)))).ConfigureAwait(false),
            cancellationToken);

    public Task<IReadOnlyList<LearningSample>> GetRecentBlocksAsync(long feedId, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<LearningSample>>(async connection =>
            await Db.ListAsync(connection, null, $"SELECT blocks, removed_blocks, title FROM {_p}articles WHERE feed_id = @feed ORDER BY id DESC LIMIT @n",
                r => new LearningSample(Rows.JsonList(r.String("blocks")), Rows.JsonList(r.String("removed_blocks")), r.String("title")), cancellationToken, DbParam.Long("feed", feedId), DbParam.Int("n", limit)).ConfigureAwait(false), cancellationToken);

    public Task<IReadOnlyList<DateTimeOffset>> GetRecentPublishedDatesAsync(long feedId, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<DateTimeOffset>>(async connection =>
            await Db.ListAsync(connection, null,
                $"SELECT published_at FROM {_p}articles WHERE feed_id = @feed AND published_at IS NOT NULL ORDER BY published_at DESC LIMIT @n",
                r => r.Time("published_at")!.Value, cancellationToken, DbParam.Long("feed", feedId), DbParam.Int("n", limit)).ConfigureAwait(false), cancellationToken);

    public Task ReleaseLeaseAsync(long feedId, string? claim, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction,
                $"UPDATE {_p}feeds SET lease_until = NULL, lease_token = NULL WHERE id = @id AND (@claim IS NULL OR lease_token = @claim)",
                cancellationToken, DbParam.Long("id", feedId), DbParam.Text("claim", claim)).ConfigureAwait(false),
            cancellationToken);

    public Task<bool> EnableFeedAsync(string url, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction,
                $"UPDATE {_p}feeds SET enabled = TRUE, status = CASE WHEN status = 'disabled' THEN 'new' ELSE status END, " +
                "disabled_reason = NULL, error_count = 0, failing_since = NULL, next_poll_at = @now, lease_until = NULL, updated_at = @now WHERE url = @url",
                cancellationToken, DbParam.Text("url", url), DbParam.Time("now", now)).ConfigureAwait(false) > 0,
            cancellationToken);

    // ---- articles ----

    public async Task<IIngestSession> BeginIngestAsync(IReadOnlyCollection<string> lockKeys, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        DbTransaction? transaction = null;
        try
        {
            transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            // Where the locks are a statement, the session sends it with its first reads (one round trip less).
            var lockStatement = _dialect.LockKeysStatement(lockKeys);
            if (lockStatement is null)
                await _dialect.LockKeysAsync(connection, transaction, lockKeys, cancellationToken).ConfigureAwait(false);
            return new RelationalIngestSession(_dialect, connection, transaction, lockStatement);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                _dialect.EndWrite();
            }
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public IAsyncEnumerable<ArticleRecord> ExportAsync(DateTimeOffset? since, CancellationToken cancellationToken) =>
        StreamArticlesAsync(since, representativesOnly: false, cancellationToken);

    public async Task<ArticleRecord?> GetArticleAsync(long id, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await Db.ListAsync(connection, null, $"SELECT {Rows.ArticleColumns} {Rows.ArticleFrom(_p)} WHERE a.id = @id",
                Rows.Article, cancellationToken, DbParam.Long("id", id)).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    public async Task<int> CountArticlesAsync(CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
            return (int)await Db.ScalarAsync<long>(connection, null, $"SELECT COUNT(*) FROM {_p}articles", cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ArticleRecord>> ListUnsignedArticlesAsync(long afterId, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<ArticleRecord>>(async connection =>
            await Db.ListAsync(connection, null,
                $"SELECT {Rows.ArticleColumns} {Rows.ArticleFrom(_p)} WHERE a.id > @after " +
                $"AND NOT EXISTS (SELECT 1 FROM {_p}article_signatures sig WHERE sig.article_id = a.id) ORDER BY a.id LIMIT @n",
                Rows.Article, cancellationToken, DbParam.Long("after", afterId), DbParam.Int("n", limit)).ConfigureAwait(false), cancellationToken);

    /// <summary>Runs a read on a connection of its own.</summary>
    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
            return await work(connection).ConfigureAwait(false);
    }

    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            finally
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                _dialect.EndWrite();
            }
        }
    }
}
