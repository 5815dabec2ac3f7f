using System.Data.Common;

namespace FeedHub.Storage.Relational;

/// <summary>Maps rows to records; the same columns on both stores.</summary>
internal static class Rows
{
    public static FeedRecord Feed(DbDataReader r) => new()
    {
        Id = r.Long("id"),
        Url = r.String("url")!,
        Title = r.String("title"),
        Category = r.String("category"),
        Enabled = r.Bool("enabled"),
        Status = r.String("status") ?? FeedStatus.New,
        LastStatusCode = r.NullableInt("last_status_code"),
        LastError = r.String("last_error"),
        ErrorCount = r.NullableInt("error_count") ?? 0,
        LastPolledAt = r.Time("last_polled_at"),
        NextPollAt = r.Time("next_poll_at"),
        DisabledReason = r.String("disabled_reason"),
        ETag = r.String("etag"),
        LastModified = r.String("last_modified"),
        BodyHash = r.String("body_hash"),
        FailingSince = r.Time("failing_since"),
        CreatedAt = r.Time("created_at") ?? default,
        RemoveSelectors = JsonList(r.String("remove_selectors")),
        RemovePatterns = JsonList(r.String("remove_patterns")),
        LearnedBlocks = JsonList(r.String("learned_blocks")),
        PendingRedirectUrl = r.String("pending_redirect_url"),
        PendingRedirectCount = r.NullableInt("pending_redirect_count") ?? 0,
        LeaseToken = r.String("lease_token"),
        FullText = NullableBool(r, "full_text"),
    };

    private static bool? NullableBool(DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : Convert.ToBoolean(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A JSON array of strings from a text column; an empty list for null or anything unreadable.</summary>
    public static IReadOnlyList<string> JsonList(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]")
            return [];
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    public static string Json(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);

    public static ArticleRecord Article(DbDataReader r) => new()
    {
        Id = r.Long("id"),
        FeedId = r.Long("feed_id"),
        FeedUrl = r.String("feed_url") ?? "",
        Guid = r.String("guid"),
        Url = r.String("url"),
        CanonicalUrl = r.String("canonical_url"),
        Title = r.String("title"),
        Author = r.String("author"),
        PublishedAt = r.Time("published_at"),
        FetchedAt = r.Time("fetched_at") ?? default,
        UpdatedAt = r.Time("updated_at") ?? default,
        RawContent = HasColumn(r, "raw_content") ? r.String("raw_content") ?? "" : "",
        ContentHtml = r.String("content_html") ?? "",
        ContentText = r.String("content_text") ?? "",
        IdentityKey = r.String("identity_key")!,
        ContentHash = r.String("content_hash") ?? "",
        OriginalUrl = r.String("original_url"),
        OriginalSite = r.String("original_site"),
        StoryId = r.Long("story_id"),
        Blocks = HasColumn(r, "blocks") ? JsonList(r.String("blocks")) : [],
        IsRepresentative = r.Bool("is_representative"),
        DuplicateReason = r.String("duplicate_reason"),
        Similarity = r.NullableDouble("similarity"),
        Pinned = HasColumn(r, "pinned") && r.Bool("pinned"),
        FullTextStatus = r.String("full_text_status"),
        FullTextHtml = r.String("full_text_html"),
        FullTextText = r.String("full_text_text"),
        FullTextRaw = HasColumn(r, "full_text_raw") ? r.String("full_text_raw") : null,
        FullTextFetchedAt = r.Time("full_text_fetched_at"),
        FullTextError = r.String("full_text_error"),
    };

    /// <summary>The full-text columns every article read carries (the raw extraction only with the raw content).</summary>
    private const string FullTextColumns =
        "a.full_text_status, a.full_text_html, a.full_text_text, a.full_text_fetched_at, a.full_text_error";

    /// <summary>What downstream reads need: every column but the raw content and the learner's blocks.</summary>
    public const string ReaderArticleColumns =
        "a.id, a.feed_id, f.url AS feed_url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, " +
        "a.updated_at, a.content_html, a.content_text, a.identity_key, a.content_hash, a.original_url, " +
        "a.original_site, a.story_id, COALESCE(s.representative_article_id = a.id, FALSE) AS is_representative, " +
        "a.duplicate_reason, a.similarity, " + FullTextColumns;

    private static bool HasColumn(DbDataReader reader, string column)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i), column, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public const string ArticleColumns =
        "a.id, a.feed_id, f.url AS feed_url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, " +
        "a.updated_at, a.raw_content, a.content_html, a.content_text, a.identity_key, a.content_hash, a.original_url, " +
        "a.original_site, a.blocks, a.story_id, COALESCE(s.representative_article_id = a.id, FALSE) AS is_representative, " +
        "a.duplicate_reason, a.similarity, a.pinned, a.full_text_raw, " + FullTextColumns;

    public static string ArticleFrom(string prefix) =>
        $"FROM {prefix}articles a JOIN {prefix}feeds f ON f.id = a.feed_id JOIN {prefix}stories s ON s.id = a.story_id";
}
