namespace FeedHub.Storage.Relational;

/// <summary>Full text of truncated items: the feed setting, pending fetches claimed with a lease, robots.txt per origin.</summary>
public partial class RelationalStore
{
    public Task<bool> SetFeedFullTextAsync(string url, bool? fullText, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}feeds SET full_text = @v WHERE url = @url",
                cancellationToken, DbParam.Text("url", url), new DbParam("v", fullText, System.Data.DbType.Boolean)).ConfigureAwait(false) > 0,
            cancellationToken);

    public Task<int?> TypicalTextLengthAsync(long feedId, int sample, CancellationToken cancellationToken) =>
        ReadAsync<int?>(async connection =>
        {
            var lengths = await Db.ListAsync(connection, null,
                $"SELECT LENGTH(content_text) AS n FROM {_p}articles WHERE feed_id = @feed ORDER BY id DESC LIMIT @limit",
                r => r.NullableInt("n") ?? 0, cancellationToken, DbParam.Long("feed", feedId), DbParam.Int("limit", sample)).ConfigureAwait(false);
            if (lengths.Count == 0)
                return null;
            lengths.Sort();
            return lengths[lengths.Count / 2];
        }, cancellationToken);

    public Task<IReadOnlyList<long>> ClaimPendingFullTextAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<long>>(async (connection, transaction) =>
            await Db.ListAsync(connection, transaction,
                $"UPDATE {_p}articles SET full_text_lease_until = @lease WHERE id IN (SELECT id FROM {_p}articles " +
                "WHERE full_text_status = 'pending' AND full_text_due_at <= @now AND (full_text_lease_until IS NULL OR full_text_lease_until < @now) " +
                $"ORDER BY full_text_due_at, id LIMIT @max{_dialect.SkipLockedSuffix}) RETURNING id",
                r => r.Long("id"), cancellationToken,
                DbParam.Time("now", now), DbParam.Time("lease", now + lease), DbParam.Int("max", max)).ConfigureAwait(false),
            cancellationToken);

    public Task<FullTextWork?> GetFullTextWorkAsync(long articleId, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
            (await Db.ListAsync(connection, null,
                $"SELECT id, feed_id, url, full_text_status, full_text_attempts, full_text_etag, full_text_last_modified FROM {_p}articles WHERE id = @id",
                r => new FullTextWork(r.Long("id"), r.Long("feed_id"), r.String("url"), r.String("full_text_status"),
                    r.NullableInt("full_text_attempts") ?? 0, r.String("full_text_etag"), r.String("full_text_last_modified")),
                cancellationToken, DbParam.Long("id", articleId)).ConfigureAwait(false)).FirstOrDefault(), cancellationToken);

    public Task RecordFullTextAttemptAsync(long articleId, FullTextAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction,
                $"UPDATE {_p}articles SET full_text_status = @status, full_text_error = @error, full_text_due_at = @due, full_text_lease_until = NULL, " +
                "full_text_attempts = full_text_attempts + @counts WHERE id = @id",
                cancellationToken, DbParam.Long("id", articleId), DbParam.Text("status", attempt.Status), DbParam.Text("error", attempt.Error),
                DbParam.Time("due", attempt.Status == FullTextStatus.Pending ? attempt.DueAt ?? now : null),
                DbParam.Int("counts", attempt.CountsAsAttempt ? 1 : 0)).ConfigureAwait(false),
            cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> CountFullTextAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<string, long>>(async connection =>
            (await Db.ListAsync(connection, null,
                $"SELECT full_text_status AS s, COUNT(*) AS n FROM {_p}articles WHERE full_text_status IS NOT NULL GROUP BY full_text_status",
                r => (Status: r.String("s")!, Count: r.Long("n")), cancellationToken).ConfigureAwait(false))
                .ToDictionary(x => x.Status, x => x.Count, StringComparer.Ordinal), cancellationToken);

    public Task<RobotsRecord?> GetRobotsAsync(string origin, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
            (await Db.ListAsync(connection, null, $"SELECT * FROM {_p}robots_txt WHERE origin = @o",
                r => new RobotsRecord(r.String("origin")!, r.String("state")!, r.String("body") ?? "", r.NullableInt("status_code"),
                    r.Time("fetched_at") ?? default, r.Time("expires_at") ?? default),
                cancellationToken, DbParam.Text("o", origin)).ConfigureAwait(false)).FirstOrDefault(), cancellationToken);

    public Task SaveRobotsAsync(RobotsRecord robots, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
            await Db.ExecuteAsync(connection, transaction,
                $"INSERT INTO {_p}robots_txt (origin, state, body, status_code, fetched_at, expires_at) VALUES (@o, @state, @body, @code, @fetched, @expires) " +
                "ON CONFLICT (origin) DO UPDATE SET state = @state, body = @body, status_code = @code, fetched_at = @fetched, expires_at = @expires",
                cancellationToken, DbParam.Text("o", robots.Origin), DbParam.Text("state", robots.State), DbParam.Text("body", robots.Body),
                DbParam.Int("code", robots.StatusCode), DbParam.Time("fetched", robots.FetchedAt), DbParam.Time("expires", robots.ExpiresAt)).ConfigureAwait(false),
            cancellationToken);
}
