using System.Data.Common;

namespace FeedHub.Storage.Relational;

/// <summary>Downstream reads: cursor pages over the article stream, stories with their members.</summary>
public partial class RelationalStore
{
    public const int MaxPageSize = 500;

    public async Task<ArticlePage> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var seq = Dialect.ArticleSequenceColumn;
        var p = Dialect.TablePrefix;
        var sql =
            $"SELECT {(query.IncludeRawContent ? Rows.ArticleColumns : Rows.ReaderArticleColumns)}, {seq} AS cursor_sequence {Rows.ArticleFrom(p)} " +
            $"WHERE {Dialect.StableArticlesCondition} " +
            "AND (@feed IS NULL OR a.feed_id = @feed) AND (@story IS NULL OR a.story_id = @story) " +
            "AND (@since IS NULL OR a.updated_at >= @since) AND (NOT @reps OR s.representative_article_id = a.id) " +
            // A row comparison, so the (sequence, id) index serves the range and the order (an OR would sort the table).
            $"AND ({seq}, a.id) > (@afterSeq, @afterId) " +
            $"ORDER BY {seq}, a.id LIMIT @limit";
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var article = ArticleOrdinals.Reader();
            var sequence = -1;
            var rows = await Db.ListAsync(connection, null, sql, r => (Article: article(r), Sequence: r.GetInt64(sequence < 0 ? sequence = r.GetOrdinal("cursor_sequence") : sequence)), cancellationToken,
                DbParam.Long("feed", query.FeedId), DbParam.Long("story", query.StoryId), DbParam.Time("since", query.Since),
                DbParam.Bool("reps", query.RepresentativesOnly), DbParam.Long("afterSeq", query.After?.Sequence ?? -1),
                DbParam.Long("afterId", query.After?.Id ?? 0), DbParam.Int("limit", limit)).ConfigureAwait(false);
            // The next page starts after the last row; a short page means the reader is caught up for now, and the
            // same cursor picks up what arrives later.
            ArticleCursor? next = rows.Count == 0 ? query.After : new ArticleCursor(rows[^1].Sequence, rows[^1].Article.Id);
            return new ArticlePage(rows.ConvertAll(r => r.Article), next);
        }
    }

    public async Task<StoryRecord?> GetStoryAsync(long storyId, CancellationToken cancellationToken)
    {
        // A merged story's id stays valid: it names the story it was merged into.
        if (await ResolveStoryIdAsync(storyId, cancellationToken).ConfigureAwait(false) is not { } resolved)
            return null;
        storyId = resolved;
        var p = Dialect.TablePrefix;
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var stories = await Db.ListAsync(connection, null,
                $"SELECT id, representative_article_id, created_at, updated_at FROM {p}stories WHERE id = @id",
                r => (Id: r.Long("id"), Representative: NullableLong(r, "representative_article_id"), Created: r.Time("created_at") ?? default, Updated: r.Time("updated_at") ?? default),
                cancellationToken, DbParam.Long("id", storyId)).ConfigureAwait(false);
            if (stories.Count == 0)
                return null;
            var members = await Db.ListAsync(connection, null, $"SELECT {Rows.ArticleColumns} {Rows.ArticleFrom(p)} WHERE a.story_id = @id ORDER BY a.id",
                ArticleOrdinals.Reader(), cancellationToken, DbParam.Long("id", storyId)).ConfigureAwait(false);
            var story = stories[0];
            return new StoryRecord(story.Id, story.Representative, story.Created, story.Updated, members);
        }
    }

    public Task<IReadOnlyList<ArticleRecord>> LatestArticlesAsync(long? feedId, long? storyId, bool representativesOnly, int limit, CancellationToken cancellationToken)
    {
        var p = Dialect.TablePrefix;
        return ReadAsync<IReadOnlyList<ArticleRecord>>(async connection =>
            await Db.ListAsync(connection, null,
                $"SELECT {Rows.ReaderArticleColumns} {Rows.ArticleFrom(p)} WHERE (@feed IS NULL OR a.feed_id = @feed) AND (@story IS NULL OR a.story_id = @story) " +
                "AND (NOT @reps OR s.representative_article_id = a.id) ORDER BY COALESCE(a.published_at, a.fetched_at) DESC, a.id DESC LIMIT @limit",
                ArticleOrdinals.Reader(), cancellationToken, DbParam.Long("feed", feedId), DbParam.Long("story", storyId), DbParam.Bool("reps", representativesOnly),
                DbParam.Int("limit", Math.Clamp(limit, 1, MaxPageSize))).ConfigureAwait(false), cancellationToken);
    }

    public async IAsyncEnumerable<ArticleRecord> StreamArticlesAsync(DateTimeOffset? since, bool representativesOnly, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var sql = $"SELECT {Rows.ReaderArticleColumns} {Rows.ArticleFrom(Dialect.TablePrefix)} WHERE (@since IS NULL OR a.updated_at >= @since) " +
                      "AND (NOT @reps OR s.representative_article_id = a.id) ORDER BY a.id";
            await using var command = Db.Command(connection, null, sql, DbParam.Time("since", since), DbParam.Bool("reps", representativesOnly));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var article = ArticleOrdinals.Reader();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                yield return article(reader);
        }
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var p = Dialect.TablePrefix;
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var feeds = await Db.ListAsync(connection, null,
                $"SELECT CASE WHEN enabled THEN status ELSE 'disabled' END AS state, COUNT(*) AS n FROM {p}feeds GROUP BY CASE WHEN enabled THEN status ELSE 'disabled' END",
                r => (State: r.String("state")!, Count: r.Long("n")), cancellationToken).ConfigureAwait(false);
            var articles = await Db.ScalarAsync<long>(connection, null, $"SELECT COUNT(*) FROM {p}articles", cancellationToken).ConfigureAwait(false);
            var stories = await Db.ScalarAsync<long>(connection, null, $"SELECT COUNT(*) FROM {p}stories", cancellationToken).ConfigureAwait(false);
            return new StoreStatistics(feeds.ToDictionary(f => f.State, f => f.Count), articles, stories);
        }
    }

    private static long? NullableLong(DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }
}
