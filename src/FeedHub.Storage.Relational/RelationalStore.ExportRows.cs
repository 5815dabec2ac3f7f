using System.Data.Common;
using System.Text;

namespace FeedHub.Storage.Relational;

/// <summary>The jsonl export's read: the Contract's columns, text copied as UTF-8 bytes into one reused buffer.</summary>
public partial class RelationalStore
{
    /// <summary>
    /// The export's query (parameters @since and @reps): exactly the columns behind the Contract's article shape, in
    /// <see cref="ArticleUtf8Row"/>'s order, the article's content chosen here as <see cref="ArticleRecord.ArticleHtml"/>
    /// chooses it (the full text when fetched, else the feed's content). Public so a benchmark can read the same rows.
    /// </summary>
    public static string ContractRowsSql(string tablePrefix) =>
        "SELECT a.id, f.url AS feed_url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, " +
        $"CASE WHEN {HasFullText} THEN a.full_text_html ELSE a.content_html END AS article_html, " +
        $"CASE WHEN {HasFullText} THEN a.full_text_text ELSE a.content_text END AS article_text, " +
        "a.story_id, COALESCE(s.representative_article_id = a.id, FALSE) AS is_representative, a.original_url, " +
        $"a.duplicate_reason, a.similarity {Rows.ArticleFrom(tablePrefix)} " +
        "WHERE (@since IS NULL OR a.updated_at >= @since) AND (NOT @reps OR s.representative_article_id = a.id) ORDER BY a.id";

    /// <summary><see cref="ArticleRecord.HasFullText"/> in SQL.</summary>
    private const string HasFullText =
        $"a.full_text_status = '{FullTextStatus.Fetched}' AND a.full_text_html IS NOT NULL AND a.full_text_text IS NOT NULL";

    public async IAsyncEnumerable<ArticleUtf8Row> StreamArticleRowsUtf8Async(DateTimeOffset? since, bool representativesOnly,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = Db.Command(connection, null, ContractRowsSql(Dialect.TablePrefix), DbParam.Time("since", since), DbParam.Bool("reps", representativesOnly));
            // A whole-store read under load can take longer than the provider's default timeout; the caller cancels.
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var text = new Utf8Fields(Dialect.ReadsTextAsUtf8Bytes);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                text.NextRow();
                yield return new ArticleUtf8Row(
                    reader.GetInt64(0), text.Read(reader, 1) ?? default, text.Read(reader, 2), text.Read(reader, 3), text.Read(reader, 4),
                    text.Read(reader, 5), text.Read(reader, 6), Rows.TimeAt(reader, 7), Rows.TimeAt(reader, 8) ?? default,
                    text.Read(reader, 9) ?? default, text.Read(reader, 10) ?? default, reader.GetInt64(11),
                    !reader.IsDBNull(12) && reader.GetBoolean(12), text.Read(reader, 13), text.Read(reader, 14),
                    reader.IsDBNull(15) ? null : reader.GetDouble(15));
            }
        }
    }

    /// <summary>
    /// One row's text fields as UTF-8: the provider's bytes as they are (PostgreSQL), else strings encoded back to back
    /// in a buffer kept for the whole read (grown when a row needs more: the old buffer stays with the row's earlier
    /// fields, so nothing handed out is overwritten before the next row).
    /// </summary>
    private sealed class Utf8Fields(bool providerBytes)
    {
        private byte[] _buffer = new byte[64 * 1024];
        private int _used;

        public void NextRow() => _used = 0;

        public ReadOnlyMemory<byte>? Read(DbDataReader reader, int ordinal)
        {
            if (reader.IsDBNull(ordinal))
                return null;
            // The field's own bytes, no decoding (a GetStream per field cost more CPU than decoding a string).
            if (providerBytes)
                return reader.GetFieldValue<ReadOnlyMemory<byte>>(ordinal);
            return Copy(reader.GetString(ordinal));
        }

        private ReadOnlyMemory<byte> Copy(string value)
        {
            var target = Reserve(Encoding.UTF8.GetByteCount(value));
            Encoding.UTF8.GetBytes(value, target.Span);
            return target;
        }

        private Memory<byte> Reserve(int length)
        {
            if (_used + length > _buffer.Length)
            {
                _buffer = new byte[Math.Max(_buffer.Length * 2, length)];
                _used = 0;
            }
            var slice = _buffer.AsMemory(_used, length);
            _used += length;
            return slice;
        }
    }
}
