using System.Data.Common;
using System.Globalization;
using FeedHub.Dedup;
using FeedHub.Fingerprinting;

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

    public async Task<IReadOnlyList<NearCandidate>> FindByBandKeysAsync(IReadOnlyCollection<long> bandKeys, int limit, CancellationToken cancellationToken)
    {
        if (bandKeys.Count == 0)
            return [];
        var keys = bandKeys.Distinct().ToList();
        var names = keys.Select((_, i) => "@k" + i.ToString(CultureInfo.InvariantCulture));
        var parameters = keys.Select((k, i) => DbParam.Long("k" + i.ToString(CultureInfo.InvariantCulture), k)).Append(DbParam.Int("limit", limit)).ToArray();
        var sql =
            $"WITH hits AS (SELECT article_id, COUNT(*) AS shared FROM {_p}article_bands WHERE band_key IN ({string.Join(", ", names)}) " +
            "GROUP BY article_id ORDER BY shared DESC, article_id LIMIT @limit) " +
            $"SELECT {Rows.ArticleColumns}, h.shared, sig.signature, sig.word_count, sig.shingle_count {Rows.ArticleFrom(_p)} " +
            $"JOIN hits h ON h.article_id = a.id JOIN {_p}article_signatures sig ON sig.article_id = a.id ORDER BY h.shared DESC, a.id";
        var rows = await Db.ListAsync(connection, transaction, sql, r =>
        {
            var signature = TextSignature.FromBytes(r.GetFieldValue<byte[]>(r.GetOrdinal("signature")),
                r.NullableInt("word_count") ?? 0, r.NullableInt("shingle_count") ?? 0);
            return signature is null ? null : new NearCandidate(Rows.Article(r), signature, r.NullableInt("shared") ?? 0);
        }, cancellationToken, parameters).ConfigureAwait(false);
        return rows.OfType<NearCandidate>().ToList();
    }

    public async Task SaveSignatureAsync(long articleId, TextSignature signature, IReadOnlyCollection<long> bandKeys, CancellationToken cancellationToken)
    {
        var article = DbParam.Long("article", articleId);
        await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {_p}article_bands WHERE article_id = @article", cancellationToken, article).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {_p}article_signatures WHERE article_id = @article", cancellationToken, article).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction,
            $"INSERT INTO {_p}article_signatures (article_id, signature, word_count, shingle_count) VALUES (@article, @signature, @words, @shingles)",
            cancellationToken, article, new DbParam("signature", signature.ToBytes(), System.Data.DbType.Binary),
            DbParam.Int("words", signature.WordCount), DbParam.Int("shingles", signature.ShingleCount)).ConfigureAwait(false);
        var keys = bandKeys.Distinct().ToList();
        if (keys.Count == 0)
            return;
        var values = keys.Select((_, i) => "(@k" + i.ToString(CultureInfo.InvariantCulture) + ", @article)");
        var parameters = keys.Select((k, i) => DbParam.Long("k" + i.ToString(CultureInfo.InvariantCulture), k)).Append(article).ToArray();
        await Db.ExecuteAsync(connection, transaction,
            $"INSERT INTO {_p}article_bands (band_key, article_id) VALUES {string.Join(", ", values)}", cancellationToken, parameters).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ArticleRecord>> GetStoryMembersAsync(long storyId, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE a.story_id = @story ORDER BY a.id", cancellationToken, DbParam.Long("story", storyId));

    public async Task<IReadOnlySet<long>> LockStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        if (storyIds.Count == 0)
            return new HashSet<long>();
        await dialect.LockKeysAsync(connection, transaction, storyIds.Select(StoryMerge.LockKey).ToList(), cancellationToken).ConfigureAwait(false);
        var list = InList(storyIds, out var parameters);
        var existing = await Db.ListAsync(connection, transaction, $"SELECT id FROM {_p}stories WHERE id IN ({list})", r => r.Long("id"),
            cancellationToken, parameters).ConfigureAwait(false);
        return existing.ToHashSet();
    }

    public async Task<IReadOnlySet<long>> FindPinnedStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        if (storyIds.Count == 0)
            return new HashSet<long>();
        var list = InList(storyIds, out var parameters);
        var pinned = await Db.ListAsync(connection, transaction, $"SELECT DISTINCT story_id FROM {_p}articles WHERE pinned AND story_id IN ({list})",
            r => r.Long("story_id"), cancellationToken, parameters).ConfigureAwait(false);
        return pinned.ToHashSet();
    }

    public Task MergeStoryAsync(long survivorId, long absorbedId, DateTimeOffset now, CancellationToken cancellationToken) =>
        StoryMerge.MoveAsync(connection, transaction, _p, survivorId, absorbedId, now, cancellationToken);

    private static string InList(IReadOnlyCollection<long> ids, out DbParam[] parameters)
    {
        parameters = ids.Distinct().Select((id, i) => DbParam.Long("s" + i.ToString(CultureInfo.InvariantCulture), id)).ToArray();
        return string.Join(", ", parameters.Select(p => "@" + p.Name));
    }

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
            "raw_content, content_html, content_text, content_hash, original_url, original_site, story_id, duplicate_reason, similarity, blocks, " +
            "full_text_status, full_text_due_at) " +
            "VALUES (@feed, @key, @guid, @url, @canonical, @title, @author, @published, @fetched, @now, @raw, @html, @text, @hash, " +
            "@original, @site, @story, @reason, @similarity, @blocks, @fullStatus, CASE WHEN @fullStatus IS NULL THEN NULL ELSE @now END) RETURNING id",
            cancellationToken,
            DbParam.Long("feed", a.FeedId), DbParam.Text("key", a.IdentityKey), DbParam.Text("guid", a.Guid), DbParam.Text("url", a.Url),
            DbParam.Text("canonical", a.CanonicalUrl), DbParam.Text("title", a.Title), DbParam.Text("author", a.Author),
            DbParam.Time("published", a.PublishedAt), DbParam.Time("fetched", a.FetchedAt), DbParam.Time("now", now),
            DbParam.Text("raw", a.RawContent), DbParam.Text("html", a.ContentHtml), DbParam.Text("text", a.ContentText),
            DbParam.Text("hash", a.ContentHash), DbParam.Text("original", a.OriginalUrl), DbParam.Text("site", a.OriginalSite),
            DbParam.Long("story", a.StoryId), DbParam.Text("reason", a.DuplicateReason), DbParam.Double("similarity", a.Similarity),
            DbParam.Text("blocks", Rows.Json(a.Blocks)), DbParam.Text("fullStatus", a.FullTextStatus)).ConfigureAwait(false);
        return a with { Id = id, UpdatedAt = now };
    }

    public async Task UpdateContentAsync(ArticleRecord a, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}articles SET guid = @guid, url = @url, canonical_url = @canonical, title = @title, author = @author, " +
            "published_at = @published, updated_at = @now, raw_content = @raw, content_html = @html, content_text = @text, " +
            "content_hash = @hash, original_url = @original, original_site = @site, blocks = @blocks WHERE id = @id",
            cancellationToken,
            DbParam.Long("id", a.Id), DbParam.Text("guid", a.Guid), DbParam.Text("url", a.Url), DbParam.Text("canonical", a.CanonicalUrl),
            DbParam.Text("title", a.Title), DbParam.Text("author", a.Author), DbParam.Time("published", a.PublishedAt), DbParam.Time("now", now),
            DbParam.Text("raw", a.RawContent), DbParam.Text("html", a.ContentHtml), DbParam.Text("text", a.ContentText),
            DbParam.Text("hash", a.ContentHash), DbParam.Text("original", a.OriginalUrl), DbParam.Text("site", a.OriginalSite),
            DbParam.Text("blocks", Rows.Json(a.Blocks))).ConfigureAwait(false);

    public async Task SaveFullTextAsync(long articleId, FullTextContent c, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}articles SET full_text_status = 'fetched', full_text_error = NULL, full_text_html = @html, full_text_text = @text, " +
            "full_text_raw = @raw, full_text_fetched_at = COALESCE(@fetched, full_text_fetched_at), " +
            "full_text_etag = CASE WHEN @fetched IS NULL THEN full_text_etag ELSE @etag END, " +
            "full_text_last_modified = CASE WHEN @fetched IS NULL THEN full_text_last_modified ELSE @modified END, " +
            "full_text_attempts = 0, full_text_due_at = NULL, full_text_lease_until = NULL, content_hash = @hash, " +
            "canonical_url = COALESCE(@canonical, canonical_url), title = COALESCE(title, @title), author = COALESCE(author, @author), " +
            "published_at = COALESCE(published_at, @published), updated_at = @now WHERE id = @id",
            cancellationToken,
            DbParam.Long("id", articleId), DbParam.Text("html", c.Html), DbParam.Text("text", c.Text), DbParam.Text("raw", c.Raw),
            DbParam.Time("now", now), DbParam.Text("etag", c.ETag), DbParam.Text("modified", c.LastModified), DbParam.Text("hash", c.ContentHash),
            DbParam.Text("canonical", c.CanonicalUrl), DbParam.Text("title", c.Title), DbParam.Text("author", c.Author),
            DbParam.Time("published", c.PublishedAt), DbParam.Time("fetched", c.FetchedAt)).ConfigureAwait(false);

    public async Task SetFullTextStatusAsync(long articleId, string? status, DateTimeOffset? dueAt, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}articles SET full_text_status = @status, full_text_due_at = @due, full_text_attempts = 0, full_text_lease_until = NULL, " +
            "full_text_error = NULL, full_text_html = CASE WHEN @status IS NULL THEN NULL ELSE full_text_html END, " +
            "full_text_text = CASE WHEN @status IS NULL THEN NULL ELSE full_text_text END, " +
            "full_text_raw = CASE WHEN @status IS NULL THEN NULL ELSE full_text_raw END WHERE id = @id",
            cancellationToken, DbParam.Long("id", articleId), DbParam.Text("status", status), DbParam.Time("due", dueAt)).ConfigureAwait(false);

    public async Task MergeStoryIntoAsync(long sourceStoryId, long targetStoryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (sourceStoryId == targetStoryId)
            return;
        var target = DbParam.Long("t", targetStoryId);
        var source = DbParam.Long("s", sourceStoryId);
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}articles SET story_id = @t WHERE story_id = @s", cancellationToken, target, source).ConfigureAwait(false);
        // Ids that pointed at the source now point at the target; the source's own id becomes an alias.
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}story_aliases SET merged_into_id = @t WHERE merged_into_id = @s", cancellationToken, target, source).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"INSERT INTO {_p}story_aliases (story_id, merged_into_id, merged_at) VALUES (@s, @t, @now)",
            cancellationToken, target, source, DbParam.Time("now", now)).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"DELETE FROM {_p}stories WHERE id = @s", cancellationToken, source).ConfigureAwait(false);
        await Db.ExecuteAsync(connection, transaction, $"UPDATE {_p}stories SET updated_at = @now WHERE id = @t", cancellationToken, target, DbParam.Time("now", now)).ConfigureAwait(false);
    }

    public async Task SetRepresentativeAsync(long storyId, long articleId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}stories SET representative_article_id = @article, updated_at = @now WHERE id = @id",
            cancellationToken, DbParam.Long("id", storyId), DbParam.Long("article", articleId), DbParam.Time("now", now)).ConfigureAwait(false);

    public async Task SetJoinReasonAsync(long articleId, string? reason, double? similarity, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction,
            $"UPDATE {_p}articles SET duplicate_reason = @reason, similarity = @similarity WHERE id = @id",
            cancellationToken, DbParam.Long("id", articleId), DbParam.Text("reason", reason), DbParam.Double("similarity", similarity)).ConfigureAwait(false);

    public async Task AppendEventAsync(string eventType, string payloadJson, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(connection, transaction, $"INSERT INTO {_p}outbox (event_type, payload, created_at) VALUES (@type, @payload, @now)",
            cancellationToken, DbParam.Text("type", eventType), DbParam.Text("payload", payloadJson), DbParam.Time("now", now)).ConfigureAwait(false);

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
