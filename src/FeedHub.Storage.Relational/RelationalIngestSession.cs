using System.Data.Common;

namespace FeedHub.Storage.Relational;

/// <summary>One article's dedup transaction.</summary>
internal sealed class RelationalIngestSession(SqlDialect dialect, DbConnection connection, DbTransaction transaction) : IIngestSession
{
    private readonly string _p = dialect.TablePrefix;
    private bool _disposed;

    private string Select => $"SELECT {Rows.ArticleColumns} {Rows.ArticleFrom(_p)}";

    public async Task<ArticleRecord?> FindByIdentityAsync(long feedId, string identityKey, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"{Select} WHERE a.feed_id = @feed AND a.identity_key = @key", cancellationToken,
            DbParam.Long("feed", feedId), DbParam.Text("key", identityKey)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<ArticleRecord>> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE a.canonical_url = @url ORDER BY a.id LIMIT 50", cancellationToken, DbParam.Text("url", canonicalUrl));

    public Task<IReadOnlyList<ArticleRecord>> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE a.content_hash = @hash ORDER BY a.id LIMIT 50", cancellationToken, DbParam.Text("hash", contentHash));

    public Task<IReadOnlyList<ArticleRecord>> FindByOriginalUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE a.original_url = @url ORDER BY a.id LIMIT 50", cancellationToken, DbParam.Text("url", canonicalUrl));

    public async Task<bool> IsTombstonedAsync(long feedId, string identityKey, CancellationToken cancellationToken) =>
        await Db.ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {_p}tombstones WHERE feed_id = @feed AND identity_key = @key",
            cancellationToken, DbParam.Long("feed", feedId), DbParam.Text("key", identityKey)).ConfigureAwait(false) > 0;

    public Task<IReadOnlyList<ArticleRecord>> GetStoryMembersAsync(long storyId, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE a.story_id = @story ORDER BY a.id", cancellationToken, DbParam.Long("story", storyId));

    public async Task<ArticleRecord> InsertAsNewStoryAsync(ArticleRecord article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var storyId = await Db.ScalarAsync<long>(connection, transaction,
            $"INSERT INTO {_p}stories (created_at, updated_at) VALUES (@now, @now) RETURNING id", cancellationToken, DbParam.Time("now", now)).ConfigureAwait(false);
        var stored = await InsertAsync(article with { StoryId = storyId, DuplicateReason = null, Similarity = null }, now, cancellationToken).ConfigureAwait(false);
        await SetRepresentativeAsync(storyId, stored.Id, now, cancellationToken).ConfigureAwait(false);
        return stored with { IsRepresentative = true };
    }

    public async Task<ArticleRecord> InsertIntoStoryAsync(ArticleRecord article, long storyId, string reason, double similarity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await InsertAsync(article with { StoryId = storyId, DuplicateReason = reason, Similarity = similarity }, now, cancellationToken).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}stories SET updated_at = @now WHERE id = @id", cancellationToken,
            DbParam.Long("id", storyId), DbParam.Time("now", now)).ConfigureAwait(false);
        return stored;
    }

    private async Task<ArticleRecord> InsertAsync(ArticleRecord a, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = await Db.ScalarAsync<long>(connection, transaction,
            $"INSERT INTO {_p}articles (feed_id, identity_key, guid, url, canonical_url, title, author, published_at, fetched_at, updated_at, " +
            "raw_content, content_html, content_text, content_hash, original_url, original_site, story_id, duplicate_reason, similarity) " +
            "VALUES (@feed, @key, @guid, @url, @canonical, @title, @author, @published, @fetched, @now, @raw, @html, @text, @hash, " +
            "@original, @site, @story, @reason, @similarity) RETURNING id",
            cancellationToken,
            DbParam.Long("feed", a.FeedId), DbParam.Text("key", a.IdentityKey), DbParam.Text("guid", a.Guid), DbParam.Text("url", a.Url),
            DbParam.Text("canonical", a.CanonicalUrl), DbParam.Text("title", a.Title), DbParam.Text("author", a.Author),
            DbParam.Time("published", a.PublishedAt), DbParam.Time("fetched", a.FetchedAt), DbParam.Time("now", now),
            DbParam.Text("raw", a.RawContent), DbParam.Text("html", a.ContentHtml), DbParam.Text("text", a.ContentText),
            DbParam.Text("hash", a.ContentHash), DbParam.Text("original", a.OriginalUrl), DbParam.Text("site", a.OriginalSite),
            DbParam.Long("story", a.StoryId), DbParam.Text("reason", a.DuplicateReason), DbParam.Double("similarity", a.Similarity)).ConfigureAwait(false);
        return a with { Id = id, UpdatedAt = now };
    }

    public async Task UpdateContentAsync(ArticleRecord a, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}articles SET guid = @guid, url = @url, canonical_url = @canonical, title = @title, author = @author, " +
            "published_at = @published, updated_at = @now, raw_content = @raw, content_html = @html, content_text = @text, " +
            "content_hash = @hash, original_url = @original, original_site = @site WHERE id = @id",
            cancellationToken,
            DbParam.Long("id", a.Id), DbParam.Text("guid", a.Guid), DbParam.Text("url", a.Url), DbParam.Text("canonical", a.CanonicalUrl),
            DbParam.Text("title", a.Title), DbParam.Text("author", a.Author), DbParam.Time("published", a.PublishedAt), DbParam.Time("now", now),
            DbParam.Text("raw", a.RawContent), DbParam.Text("html", a.ContentHtml), DbParam.Text("text", a.ContentText),
            DbParam.Text("hash", a.ContentHash), DbParam.Text("original", a.OriginalUrl), DbParam.Text("site", a.OriginalSite)).ConfigureAwait(false);

    public async Task SetRepresentativeAsync(long storyId, long articleId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}stories SET representative_article_id = @article, updated_at = @now WHERE id = @id",
            cancellationToken, DbParam.Long("id", storyId), DbParam.Long("article", articleId), DbParam.Time("now", now)).ConfigureAwait(false);

    public async Task SetJoinReasonAsync(long articleId, string? reason, double? similarity, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}articles SET duplicate_reason = @reason, similarity = @similarity WHERE id = @id",
            cancellationToken, DbParam.Long("id", articleId), DbParam.Text("reason", reason), DbParam.Double("similarity", similarity)).ConfigureAwait(false);

    public async Task CommitAsync(CancellationToken cancellationToken) =>
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<ArticleRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params DbParam[] parameters) =>
        await Db.ListAsync(connection, transaction, sql, Rows.Article, cancellationToken, parameters).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            await transaction.DisposeAsync().ConfigureAwait(false); // rolls back when not committed
        }
        finally
        {
            dialect.EndWrite();
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
