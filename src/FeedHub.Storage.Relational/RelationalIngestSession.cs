using System.Data.Common;
using System.Globalization;
using FeedHub.Dedup;
using FeedHub.Fingerprinting;

namespace FeedHub.Storage.Relational;

/// <summary>One article's dedup transaction.</summary>
internal sealed class RelationalIngestSession(SqlDialect dialect, DbConnection connection, DbTransaction transaction, (string Sql, object Keys)? pendingLock) : IIngestSession
{
    /// <summary>The key locks not taken yet: they go first in the session's first command.</summary>
    private (string Sql, object Keys)? _pendingLock = pendingLock;

    /// <summary>The dialect's setup statement, not sent yet: it goes before the locks.</summary>
    private string? _pendingSetup = dialect.IngestSetupSql;

    private readonly string _p = dialect.TablePrefix;
    private readonly List<(string Sql, DbParam[] Parameters)> _deferred = [];
    private readonly HashSet<long> _inserted = [];

    /// <summary>
    /// The members of the stories this transaction locked (<see cref="LockStoriesAsync"/> reads them in the same
    /// round trip as the locks), with the articles it has since inserted into them. Nothing else changes a locked
    /// story's members, so they are answered from here until this session writes anything else to an article or a
    /// story; then they are dropped and read again.
    /// </summary>
    private Dictionary<long, List<ArticleRecord>>? _lockedMembers;

    /// <summary>Ids reserved by the lookup (<see cref="SqlDialect.ReserveIdsSql"/>) for this session's first inserts.</summary>
    private long? _reservedArticleId;
    private long? _reservedStoryId;
    private bool _disposed;

    private string Select => $"SELECT {Rows.ArticleColumns} {Rows.ArticleFrom(_p)}";

    /// <summary>
    /// Candidates are only compared, never written back: their rows leave out the raw content and the learner's
    /// blocks (the widest columns, and the blocks a JSON parse each).
    /// </summary>
    private string CandidateSelect => $"SELECT {Rows.ReaderArticleColumns} {Rows.ArticleFrom(_p)}";

    public async Task<IngestLookup> LookUpAsync(ArticleRecord article, IReadOnlyCollection<long> bandKeys, int maxNear, CancellationToken cancellationToken)
    {
        await using var batch = NewBatch();
        var leading = TakeLeading(batch);
        batch.Add(IdentitySql, DbParam.Long("feed", article.FeedId), DbParam.Text("key", article.IdentityKey));
        batch.Add(TombstoneSql, DbParam.Long("feed", article.FeedId), DbParam.Text("key", article.IdentityKey));
        var reserving = dialect.ReserveIdsSql is not null && _reservedArticleId is null;
        if (reserving)
            batch.Add(dialect.ReserveIdsSql!);
        var asked = CandidateQueries.For(article, bandKeys);
        AddCandidateQueries(batch, article, asked, bandKeys, maxNear);
        await using var reader = await ReadPastLeadingAsync(batch, leading, cancellationToken).ConfigureAwait(false);
        var known = (await ReadAsync(reader, Rows.Article, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var tombstoned = (await ReadAsync(reader, r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))[0] > 0;
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        if (reserving)
        {
            var ids = await ReadAsync(reader, r => (Article: r.GetInt64(0), Story: r.GetInt64(1)), cancellationToken).ConfigureAwait(false);
            (_reservedArticleId, _reservedStoryId) = (ids[0].Article, ids[0].Story);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }
        return new IngestLookup(known, tombstoned, await ReadCandidatesAsync(reader, asked, cancellationToken).ConfigureAwait(false));
    }

    public async Task<DedupCandidates> FindCandidatesAsync(ArticleRecord article, IReadOnlyCollection<long> bandKeys, int maxNear, CancellationToken cancellationToken)
    {
        var asked = CandidateQueries.For(article, bandKeys);
        if (!asked.Any)
            return new DedupCandidates();
        await using var batch = NewBatch();
        var leading = TakeLeading(batch);
        AddCandidateQueries(batch, article, asked, bandKeys, maxNear);
        await using var reader = await ReadPastLeadingAsync(batch, leading, cancellationToken).ConfigureAwait(false);
        return await ReadCandidatesAsync(reader, asked, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Which candidate queries <see cref="AddCandidateQueries"/> put in the batch, in their order there.</summary>
    private readonly record struct CandidateQueries(bool SameUrl, bool SameText, bool Original, bool Reposts, bool Near)
    {
        public bool Any => SameUrl || SameText || Original || Reposts || Near;

        public static CandidateQueries For(ArticleRecord article, IReadOnlyCollection<long> bandKeys) =>
            new(article.CanonicalUrl is not null, !string.IsNullOrEmpty(article.ContentText),
                article.OriginalUrl is not null, article.CanonicalUrl is not null, bandKeys.Count > 0);
    }

    private void AddCandidateQueries(StatementBatch batch, ArticleRecord article, CandidateQueries asked, IReadOnlyCollection<long> bandKeys, int maxNear)
    {
        if (asked.SameUrl)
            batch.Add(ByCanonicalUrl(CandidateSelect), DbParam.Text("url", article.CanonicalUrl));
        if (asked.SameText)
            batch.Add(ByContentHash(CandidateSelect), DbParam.Text("hash", article.ContentHash));
        if (asked.Original)
            batch.Add(ByCanonicalUrl(CandidateSelect), DbParam.Text("url", article.OriginalUrl));
        if (asked.Reposts)
            batch.Add(ByOriginalUrl(CandidateSelect), DbParam.Text("url", article.CanonicalUrl));
        if (asked.Near)
        {
            var (sql, parameters) = BandQuery(bandKeys, maxNear);
            batch.Add(sql, parameters);
        }
    }

    /// <summary>Reads the result sets of <see cref="AddCandidateQueries"/>; the reader stands on the first of them.</summary>
    private static async Task<DedupCandidates> ReadCandidatesAsync(DbDataReader reader, CandidateQueries asked, CancellationToken cancellationToken)
    {
        var first = true;
        async Task<List<T>> Next<T>(bool wasAsked, Func<Func<DbDataReader, T>> mapper)
        {
            if (!wasAsked)
                return [];
            if (!first)
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            first = false;
            return await ReadAsync(reader, mapper(), cancellationToken).ConfigureAwait(false);
        }
        return new DedupCandidates
        {
            SameCanonicalUrl = await Next(asked.SameUrl, ArticleOrdinals.Reader).ConfigureAwait(false),
            SameText = await Next(asked.SameText, ArticleOrdinals.Reader).ConfigureAwait(false),
            AttributedOriginal = await Next(asked.Original, ArticleOrdinals.Reader).ConfigureAwait(false),
            AttributingToIt = await Next(asked.Reposts, ArticleOrdinals.Reader).ConfigureAwait(false),
            Near = (await Next<NearCandidate?>(asked.Near, () => NearRow).ConfigureAwait(false)).OfType<NearCandidate>().ToList(),
        };
    }

    private static async Task<List<T>> ReadAsync<T>(DbDataReader reader, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(map(reader));
        return rows;
    }

    private string IdentitySql => $"{Select} WHERE a.feed_id = @feed AND a.identity_key = @key";

    private string TombstoneSql => $"SELECT COUNT(*) FROM {_p}tombstones WHERE feed_id = @feed AND identity_key = @key";

    private static string ByCanonicalUrl(string select) => $"{select} WHERE a.canonical_url = @url ORDER BY a.id LIMIT 50";

    private static string ByContentHash(string select) => $"{select} WHERE a.content_hash = @hash ORDER BY a.id LIMIT 50";

    private static string ByOriginalUrl(string select) => $"{select} WHERE a.original_url = @url ORDER BY a.id LIMIT 50";

    public async Task<ArticleRecord?> FindByIdentityAsync(long feedId, string identityKey, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(IdentitySql, cancellationToken, DbParam.Long("feed", feedId), DbParam.Text("key", identityKey)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<ArticleRecord>> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        QueryAsync(ByCanonicalUrl(Select), cancellationToken, DbParam.Text("url", canonicalUrl));

    public Task<IReadOnlyList<ArticleRecord>> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        QueryAsync(ByContentHash(Select), cancellationToken, DbParam.Text("hash", contentHash));

    public Task<IReadOnlyList<ArticleRecord>> FindByOriginalUrlAsync(string canonicalUrl, CancellationToken cancellationToken) =>
        QueryAsync(ByOriginalUrl(Select), cancellationToken, DbParam.Text("url", canonicalUrl));

    public async Task<bool> IsTombstonedAsync(long feedId, string identityKey, CancellationToken cancellationToken) =>
        await ScalarAsync<long>(TombstoneSql, cancellationToken, DbParam.Long("feed", feedId), DbParam.Text("key", identityKey)).ConfigureAwait(false) > 0;

    /// <summary>Whether the signature rows are the near-duplicate index (<see cref="SqlDialect.IndexesBandKeysInSignature"/>).</summary>
    private bool BandKeysInSignature => dialect.IndexesBandKeysInSignature && dialect.TakesArrayParameters && dialect.SupportsLateralJoin;

    private (string Sql, DbParam[] Parameters) BandQuery(IReadOnlyCollection<long> bandKeys, int limit)
    {
        var keys = bandKeys.Distinct().ToArray();
        if (BandKeysInSignature)
        {
            // A hit is a signature row sharing a key, and what it shares is counted in its own array (the keys of one
            // article are distinct). The hits drive the join: each candidate's article is fetched by its key (a
            // LATERAL subquery that OFFSET 0 keeps from being flattened into a plain join), so the plan cannot turn
            // into a scan of the articles however stale the table's statistics are (early in a store's life,
            // PostgreSQL's plan built on "100 rows" scanned the whole table for every article).
            return ($"WITH hits AS (SELECT s.article_id, (SELECT COUNT(*) FROM unnest(s.band_keys) AS k WHERE k = ANY (@keys)) AS shared, " +
                    $"s.signature, s.word_count, s.shingle_count FROM {_p}article_signatures s WHERE s.band_keys && @keys " +
                    "ORDER BY shared DESC, s.article_id LIMIT @limit) " +
                    "SELECT c.*, h.shared, h.signature, h.word_count, h.shingle_count FROM hits h " +
                    $"CROSS JOIN LATERAL (SELECT {Rows.ReaderArticleColumns} {Rows.ArticleFrom(_p)} WHERE a.id = h.article_id OFFSET 0) c " +
                    "ORDER BY h.shared DESC, h.article_id",
                [new DbParam("keys", keys, System.Data.DbType.Object), DbParam.Int("limit", limit)]);
        }
        // The band rows of article_bands, one parameter per key.
        var parameters = keys.Select((k, i) => DbParam.Long("k" + i.ToString(CultureInfo.InvariantCulture), k)).Append(DbParam.Int("limit", limit)).ToArray();
        var sql =
            $"WITH hits AS (SELECT article_id, COUNT(*) AS shared FROM {_p}article_bands " +
            $"WHERE band_key IN ({string.Join(", ", keys.Select((_, i) => "@k" + i.ToString(CultureInfo.InvariantCulture)))}) " +
            "GROUP BY article_id ORDER BY shared DESC, article_id LIMIT @limit) " +
            $"SELECT {Rows.ReaderArticleColumns}, h.shared, sig.signature, sig.word_count, sig.shingle_count {Rows.ArticleFrom(_p)} " +
            $"JOIN hits h ON h.article_id = a.id JOIN {_p}article_signatures sig ON sig.article_id = a.id ORDER BY h.shared DESC, a.id";
        return (sql, parameters);
    }

    private static NearCandidate? NearRow(DbDataReader r)
    {
        var signature = TextSignature.FromBytes(r.GetFieldValue<byte[]>(r.GetOrdinal("signature")),
            r.NullableInt("word_count") ?? 0, r.NullableInt("shingle_count") ?? 0);
        return signature is null ? null : new NearCandidate(Rows.Article(r), signature, r.NullableInt("shared") ?? 0);
    }

    public Task SaveSignatureAsync(long articleId, TextSignature signature, IReadOnlyCollection<long> bandKeys, CancellationToken cancellationToken)
    {
        var article = DbParam.Long("article", articleId);
        var keys = bandKeys.Distinct().ToArray();
        // Where the signature row is the index, its keys go and come with it.
        var inSignature = BandKeysInSignature;
        // An article inserted by this transaction has nothing in the index to replace.
        if (!_inserted.Contains(articleId))
        {
            if (!inSignature)
                Defer($"DELETE FROM {_p}article_bands WHERE article_id = @article", article);
            Defer($"DELETE FROM {_p}article_signatures WHERE article_id = @article", article);
        }
        var signatureParameters = new[]
        {
            article, new DbParam("signature", signature.ToBytes(), System.Data.DbType.Binary),
            DbParam.Int("words", signature.WordCount), DbParam.Int("shingles", signature.ShingleCount),
        };
        if (inSignature)
        {
            Defer($"INSERT INTO {_p}article_signatures (article_id, signature, word_count, shingle_count, band_keys) VALUES (@article, @signature, @words, @shingles, @keys)",
                [.. signatureParameters, new DbParam("keys", keys, System.Data.DbType.Object)]);
            return Task.CompletedTask;
        }
        Defer($"INSERT INTO {_p}article_signatures (article_id, signature, word_count, shingle_count) VALUES (@article, @signature, @words, @shingles)",
            signatureParameters);
        if (keys.Length > 0)
        {
            var values = keys.Select((_, i) => "(@k" + i.ToString(CultureInfo.InvariantCulture) + ", @article)");
            var parameters = keys.Select((k, i) => DbParam.Long("k" + i.ToString(CultureInfo.InvariantCulture), k)).Append(article).ToArray();
            Defer($"INSERT INTO {_p}article_bands (band_key, article_id) VALUES {string.Join(", ", values)}", parameters);
        }
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<ArticleRecord>> GetStoryMembersAsync(long storyId, CancellationToken cancellationToken)
    {
        if (_lockedMembers is not null && _lockedMembers.TryGetValue(storyId, out var members))
            return [.. members.OrderBy(m => m.Id)];
        return await ListAsync(MembersSql("@story"), ArticleOrdinals.Reader(), cancellationToken, DbParam.Long("story", storyId)).ConfigureAwait(false);
    }

    private string MembersSql(string storyIds) => $"{CandidateSelect} WHERE a.story_id IN ({storyIds}) ORDER BY a.id";

    public async Task<IReadOnlySet<long>> LockStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        if (storyIds.Count == 0)
            return new HashSet<long>();
        var keys = storyIds.Select(StoryMerge.LockKey).ToList();
        // Where the locks are a statement, they go in one round trip with the queued writes and the read that needs them.
        var locking = dialect.LockKeysStatement(keys);
        if (locking is null)
            await dialect.LockKeysAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
        var list = Db.InList(storyIds, "s", out var parameters);
        await using var batch = NewBatch();
        var leading = TakeLeading(batch);
        if (locking is { } statement)
        {
            AddLock(batch, statement);
            leading++;
        }
        batch.Add($"SELECT id FROM {_p}stories WHERE id IN ({list})", parameters);
        batch.Add(MembersSql(list), parameters);
        await using var reader = await ReadPastLeadingAsync(batch, leading, cancellationToken).ConfigureAwait(false);
        var existing = (await ReadAsync(reader, r => r.Long("id"), cancellationToken).ConfigureAwait(false)).ToHashSet();
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var members = await ReadAsync(reader, ArticleOrdinals.Reader(), cancellationToken).ConfigureAwait(false);
        _lockedMembers ??= [];
        foreach (var id in existing)
            _lockedMembers[id] = members.Where(m => m.StoryId == id).ToList();
        return existing;
    }

    public async Task<IReadOnlySet<long>> FindPinnedStoriesAsync(IReadOnlyCollection<long> storyIds, CancellationToken cancellationToken)
    {
        if (storyIds.Count == 0)
            return new HashSet<long>();
        var list = Db.InList(storyIds, "s", out var parameters);
        var pinned = await ListAsync($"SELECT DISTINCT story_id FROM {_p}articles WHERE pinned AND story_id IN ({list})",
            r => r.Long("story_id"), cancellationToken, parameters).ConfigureAwait(false);
        return pinned.ToHashSet();
    }

    public async Task MergeStoryAsync(long survivorId, long absorbedId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _lockedMembers = null;
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await StoryMerge.MoveAsync(connection, transaction, _p, survivorId, absorbedId, now, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ArticleRecord> InsertAsNewStoryAsync(ArticleRecord article, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long storyId;
        long? representative = null;
        if (TakeReserved(ref _reservedStoryId) is { } reserved)
        {
            // The id is known: the insert waits in the deferred batch with the article's. When the article's id is
            // known too, the story names it as its representative at once (the reference is checked at commit).
            storyId = reserved;
            representative = _reservedArticleId;
            Defer($"INSERT INTO {_p}stories (id, representative_article_id, created_at, updated_at) OVERRIDING SYSTEM VALUE VALUES (@id, @article, @now, @now)",
                DbParam.Long("id", storyId), DbParam.Long("article", representative), DbParam.Time("now", now));
        }
        else
        {
            storyId = await ScalarAsync<long>(
                $"INSERT INTO {_p}stories (created_at, updated_at) VALUES (@now, @now) RETURNING id", cancellationToken, DbParam.Time("now", now)).ConfigureAwait(false);
        }
        var stored = await InsertAsync(article with { StoryId = storyId, DuplicateReason = null, Similarity = null }, now, cancellationToken).ConfigureAwait(false);
        if (representative != stored.Id)
            await SetRepresentativeAsync(storyId, stored.Id, now, cancellationToken).ConfigureAwait(false);
        return stored with { IsRepresentative = true };
    }

    public async Task<ArticleRecord> InsertIntoStoryAsync(ArticleRecord article, long storyId, string reason, double similarity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await InsertAsync(article with { StoryId = storyId, DuplicateReason = reason, Similarity = similarity }, now, cancellationToken).ConfigureAwait(false);
        Defer($"UPDATE {_p}stories SET updated_at = @now WHERE id = @id", DbParam.Long("id", storyId), DbParam.Time("now", now));
        if (_lockedMembers is not null && _lockedMembers.TryGetValue(storyId, out var members))
            members.Add(AsRead(stored));
        return stored;
    }

    /// <summary>
    /// An inserted article as a member read (<see cref="CandidateSelect"/>) gives it back: no raw content or blocks,
    /// and times only as fine as the database keeps them.
    /// </summary>
    private ArticleRecord AsRead(ArticleRecord a) => a with
    {
        RawContent = "", Blocks = [], RemovedBlocks = [], IsRepresentative = false,
        PublishedAt = AsStored(a.PublishedAt), FetchedAt = AsStored(a.FetchedAt)!.Value, UpdatedAt = AsStored(a.UpdatedAt)!.Value,
    };

    private DateTimeOffset? AsStored(DateTimeOffset? time) =>
        time is { } t ? new DateTimeOffset(t.UtcTicks - t.UtcTicks % dialect.StoredTimeTicks, TimeSpan.Zero) : null;

    /// <summary>The reserved id, if any, which no later insert may use again.</summary>
    private static long? TakeReserved(ref long? reserved)
    {
        var id = reserved;
        reserved = null;
        return id;
    }

    private const string ArticleInsertColumns =
        "feed_id, identity_key, guid, url, canonical_url, title, author, published_at, fetched_at, updated_at, " +
        "raw_content, content_html, content_text, content_hash, original_url, original_site, story_id, duplicate_reason, similarity, blocks, removed_blocks, " +
        "full_text_status, full_text_due_at";

    private const string ArticleInsertValues =
        "@feed, @key, @guid, @url, @canonical, @title, @author, @published, @fetched, @now, @raw, @html, @text, @hash, " +
        "@original, @site, @story, @reason, @similarity, @blocks, @removedBlocks, @fullStatus, CASE WHEN @fullStatus IS NULL THEN NULL ELSE @now END";

    private async Task<ArticleRecord> InsertAsync(ArticleRecord a, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DbParam[] values =
        [
            DbParam.Long("feed", a.FeedId), DbParam.Text("key", a.IdentityKey), DbParam.Text("guid", a.Guid), DbParam.Text("url", a.Url),
            DbParam.Text("canonical", a.CanonicalUrl), DbParam.Text("title", a.Title), DbParam.Text("author", a.Author),
            DbParam.Time("published", a.PublishedAt), DbParam.Time("fetched", a.FetchedAt), DbParam.Time("now", now),
            DbParam.Text("raw", a.RawContent), DbParam.Text("html", a.ContentHtml), DbParam.Text("text", a.ContentText),
            DbParam.Text("hash", a.ContentHash), DbParam.Text("original", a.OriginalUrl), DbParam.Text("site", a.OriginalSite),
            DbParam.Long("story", a.StoryId), DbParam.Text("reason", a.DuplicateReason), DbParam.Double("similarity", a.Similarity),
            DbParam.Text("blocks", Rows.Json(a.Blocks)), DbParam.Text("removedBlocks", Rows.Json(a.RemovedBlocks)), DbParam.Text("fullStatus", a.FullTextStatus),
        ];
        long id;
        if (TakeReserved(ref _reservedArticleId) is { } reserved)
        {
            // The id is known: the insert goes with the writes that name the article (its signature, bands, events).
            id = reserved;
            Defer($"INSERT INTO {_p}articles (id, {ArticleInsertColumns}) OVERRIDING SYSTEM VALUE VALUES (@id, {ArticleInsertValues})",
                [DbParam.Long("id", id), .. values]);
        }
        else
        {
            id = await ScalarAsync<long>($"INSERT INTO {_p}articles ({ArticleInsertColumns}) VALUES ({ArticleInsertValues}) RETURNING id",
                cancellationToken, values).ConfigureAwait(false);
        }
        _inserted.Add(id);
        return a with { Id = id, UpdatedAt = now };
    }

    public async Task UpdateContentAsync(ArticleRecord a, DateTimeOffset now, CancellationToken cancellationToken) =>
        await WriteAsync(
            $"UPDATE {_p}articles SET guid = @guid, url = @url, canonical_url = @canonical, title = @title, author = @author, " +
            "published_at = @published, updated_at = @now, raw_content = @raw, content_html = @html, content_text = @text, " +
            "content_hash = @hash, original_url = @original, original_site = @site, blocks = @blocks, removed_blocks = @removedBlocks WHERE id = @id",
            cancellationToken,
            DbParam.Long("id", a.Id), DbParam.Text("guid", a.Guid), DbParam.Text("url", a.Url), DbParam.Text("canonical", a.CanonicalUrl),
            DbParam.Text("title", a.Title), DbParam.Text("author", a.Author), DbParam.Time("published", a.PublishedAt), DbParam.Time("now", now),
            DbParam.Text("raw", a.RawContent), DbParam.Text("html", a.ContentHtml), DbParam.Text("text", a.ContentText),
            DbParam.Text("hash", a.ContentHash), DbParam.Text("original", a.OriginalUrl), DbParam.Text("site", a.OriginalSite),
            DbParam.Text("blocks", Rows.Json(a.Blocks)), DbParam.Text("removedBlocks", Rows.Json(a.RemovedBlocks))).ConfigureAwait(false);

    public async Task SaveFullTextAsync(long articleId, FullTextContent c, DateTimeOffset now, CancellationToken cancellationToken) =>
        await WriteAsync(
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
        await WriteAsync(
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
        await WriteAsync($"UPDATE {_p}articles SET story_id = @t WHERE story_id = @s", cancellationToken, target, source).ConfigureAwait(false);
        // Ids that pointed at the source now point at the target; the source's own id becomes an alias.
        await WriteAsync($"UPDATE {_p}story_aliases SET merged_into_id = @t WHERE merged_into_id = @s", cancellationToken, target, source).ConfigureAwait(false);
        await WriteAsync($"INSERT INTO {_p}story_aliases (story_id, merged_into_id, merged_at) VALUES (@s, @t, @now)",
            cancellationToken, target, source, DbParam.Time("now", now)).ConfigureAwait(false);
        await WriteAsync($"DELETE FROM {_p}stories WHERE id = @s", cancellationToken, source).ConfigureAwait(false);
        await WriteAsync($"UPDATE {_p}stories SET updated_at = @now WHERE id = @t", cancellationToken, target, DbParam.Time("now", now)).ConfigureAwait(false);
    }

    public Task SetRepresentativeAsync(long storyId, long articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _lockedMembers = null;
        Defer($"UPDATE {_p}stories SET representative_article_id = @article, updated_at = @now WHERE id = @id",
            DbParam.Long("id", storyId), DbParam.Long("article", articleId), DbParam.Time("now", now));
        return Task.CompletedTask;
    }

    public async Task SetJoinReasonAsync(long articleId, string? reason, double? similarity, CancellationToken cancellationToken) =>
        await WriteAsync(
            $"UPDATE {_p}articles SET duplicate_reason = @reason, similarity = @similarity WHERE id = @id",
            cancellationToken, DbParam.Long("id", articleId), DbParam.Text("reason", reason), DbParam.Double("similarity", similarity)).ConfigureAwait(false);

    public Task AppendEventAsync(string eventType, string payloadJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Defer($"INSERT INTO {_p}outbox (event_type, payload, created_at) VALUES (@type, @payload, @now)",
            DbParam.Text("type", eventType), DbParam.Text("payload", payloadJson), DbParam.Time("now", now));
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (dialect.CommitsInBatch && (_deferred.Count > 0 || _pendingLock is not null))
        {
            // The last writes and the COMMIT in one round trip. Should a write fail, the server skips the rest of
            // the batch, COMMIT included, and the error reaches the caller with the transaction left to roll back.
            // Once the batch has run, the server has committed: the transaction object only follows it.
            await FlushAsync(cancellationToken, commit: true).ConfigureAwait(false);
            return;
        }
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Queues a write that nothing in this transaction reads back before the next statement: the queue goes to the
    /// database as one command (one round trip) before any other statement and before the commit.
    /// </summary>
    private void Defer(string sql, params DbParam[] parameters) => _deferred.Add((sql, parameters));

    private StatementBatch NewBatch() => new(connection, transaction, dialect.SendsPositionalBatches);

    /// <summary>
    /// Puts what must run before a read first in <paramref name="batch"/>: the pending setup statement and key locks,
    /// then the queued writes. Returns how many result sets they make (the setup and the locks one each, the writes
    /// none), for the reader to step over.
    /// </summary>
    private int TakeLeading(StatementBatch batch)
    {
        var leading = TakePending(batch);
        foreach (var (sql, parameters) in _deferred)
            batch.Add(sql, parameters);
        _deferred.Clear();
        return leading;
    }

    /// <summary>
    /// Puts the pending setup statement and key locks first in <paramref name="batch"/>; returns how many result sets
    /// they make (one each).
    /// </summary>
    private int TakePending(StatementBatch batch)
    {
        var added = 0;
        if (_pendingSetup is { } setup)
        {
            batch.Add(setup);
            _pendingSetup = null;
            added++;
        }
        if (_pendingLock is { } locking)
        {
            AddLock(batch, locking);
            _pendingLock = null;
            added++;
        }
        return added;
    }

    /// <summary>A key-lock statement (<see cref="SqlDialect.LockKeysStatement"/>) in the batch, with its one parameter.</summary>
    private static void AddLock(StatementBatch batch, (string Sql, object Keys) locking) =>
        batch.Add(locking.Sql, new DbParam("keys", locking.Keys, System.Data.DbType.Object));

    /// <summary>Runs the batch and steps the reader over the <paramref name="leading"/> result sets (<see cref="TakeLeading"/>).</summary>
    private static async Task<DbDataReader> ReadPastLeadingAsync(StatementBatch batch, int leading, CancellationToken cancellationToken)
    {
        var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var i = 0; i < leading; i++)
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            return reader;
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken, bool commit = false)
    {
        // The setup statement alone is not worth a round trip: it waits for the next batch.
        if (_deferred.Count == 0 && _pendingLock is null)
            return;
        await using var batch = NewBatch();
        TakeLeading(batch);
        if (commit)
            batch.Add("COMMIT");
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A write whose outcome nothing reads: queued (<see cref="Defer"/>), so it rides with the next round trip.</summary>
    private Task WriteAsync(string sql, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _lockedMembers = null;
        Defer(sql, parameters);
        return Task.CompletedTask;
    }

    private async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        var values = await ListAsync(sql, r => r.GetValue(0), cancellationToken, parameters).ConfigureAwait(false);
        return Db.AsScalar<T>(values.Count == 0 ? null : values[0]);
    }

    /// <summary>Reads one statement's rows in one round trip with what must run before it (<see cref="TakeLeading"/>).</summary>
    private async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        await using var batch = NewBatch();
        var leading = TakeLeading(batch);
        batch.Add(sql, parameters);
        await using var reader = await ReadPastLeadingAsync(batch, leading, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(reader, map, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ArticleRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params DbParam[] parameters) =>
        await ListAsync(sql, Rows.Article, cancellationToken, parameters).ConfigureAwait(false);

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
