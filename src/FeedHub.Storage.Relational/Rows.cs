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

    public static ArticleRecord Article(DbDataReader r) => Article(r, ArticleOrdinals.Of(r));

    /// <summary>An article row read by position (<paramref name="o"/> looked up once per result set, not per row).</summary>
    public static ArticleRecord Article(DbDataReader r, ArticleOrdinals o) => new()
    {
        Id = r.GetInt64(o.Id),
        FeedId = r.GetInt64(o.FeedId),
        FeedUrl = StringAt(r, o.FeedUrl) ?? "",
        Guid = StringAt(r, o.Guid),
        Url = StringAt(r, o.Url),
        CanonicalUrl = StringAt(r, o.CanonicalUrl),
        Title = StringAt(r, o.Title),
        Author = StringAt(r, o.Author),
        PublishedAt = TimeAt(r, o.PublishedAt),
        FetchedAt = TimeAt(r, o.FetchedAt) ?? default,
        UpdatedAt = TimeAt(r, o.UpdatedAt) ?? default,
        RawContent = o.RawContent < 0 ? "" : StringAt(r, o.RawContent) ?? "",
        ContentHtml = StringAt(r, o.ContentHtml) ?? "",
        ContentText = StringAt(r, o.ContentText) ?? "",
        IdentityKey = StringAt(r, o.IdentityKey)!,
        ContentHash = StringAt(r, o.ContentHash) ?? "",
        OriginalUrl = StringAt(r, o.OriginalUrl),
        OriginalSite = StringAt(r, o.OriginalSite),
        StoryId = r.GetInt64(o.StoryId),
        Blocks = o.Blocks < 0 ? [] : JsonList(StringAt(r, o.Blocks)),
        IsRepresentative = !r.IsDBNull(o.IsRepresentative) && r.GetBoolean(o.IsRepresentative),
        DuplicateReason = StringAt(r, o.DuplicateReason),
        Similarity = r.IsDBNull(o.Similarity) ? null : r.GetDouble(o.Similarity),
        Pinned = o.Pinned >= 0 && !r.IsDBNull(o.Pinned) && r.GetBoolean(o.Pinned),
        FullTextStatus = StringAt(r, o.FullTextStatus),
        FullTextHtml = StringAt(r, o.FullTextHtml),
        FullTextText = StringAt(r, o.FullTextText),
        FullTextRaw = o.FullTextRaw < 0 ? null : StringAt(r, o.FullTextRaw),
        FullTextFetchedAt = TimeAt(r, o.FullTextFetchedAt),
        FullTextError = StringAt(r, o.FullTextError),
    };

    private static string? StringAt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateTimeOffset? TimeAt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();

    /// <summary>The full-text columns every article read carries (the raw extraction only with the raw content).</summary>
    private const string FullTextColumns =
        "a.full_text_status, a.full_text_html, a.full_text_text, a.full_text_fetched_at, a.full_text_error";

    /// <summary>What downstream reads need: every column but the raw content and the learner's blocks.</summary>
    public const string ReaderArticleColumns =
        "a.id, a.feed_id, f.url AS feed_url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, " +
        "a.updated_at, a.content_html, a.content_text, a.identity_key, a.content_hash, a.original_url, " +
        "a.original_site, a.story_id, COALESCE(s.representative_article_id = a.id, FALSE) AS is_representative, " +
        "a.duplicate_reason, a.similarity, " + FullTextColumns;

    public const string ArticleColumns =
        "a.id, a.feed_id, f.url AS feed_url, a.guid, a.url, a.canonical_url, a.title, a.author, a.published_at, a.fetched_at, " +
        "a.updated_at, a.raw_content, a.content_html, a.content_text, a.identity_key, a.content_hash, a.original_url, " +
        "a.original_site, a.blocks, a.story_id, COALESCE(s.representative_article_id = a.id, FALSE) AS is_representative, " +
        "a.duplicate_reason, a.similarity, a.pinned, a.full_text_raw, " + FullTextColumns;

    public static string ArticleFrom(string prefix) =>
        $"FROM {prefix}articles a JOIN {prefix}feeds f ON f.id = a.feed_id JOIN {prefix}stories s ON s.id = a.story_id";
}

/// <summary>Where each article column sits in a result set; the optional columns are -1 when not selected.</summary>
internal sealed record ArticleOrdinals(
    int Id, int FeedId, int FeedUrl, int Guid, int Url, int CanonicalUrl, int Title, int Author, int PublishedAt, int FetchedAt,
    int UpdatedAt, int RawContent, int ContentHtml, int ContentText, int IdentityKey, int ContentHash, int OriginalUrl,
    int OriginalSite, int StoryId, int Blocks, int IsRepresentative, int DuplicateReason, int Similarity, int Pinned,
    int FullTextStatus, int FullTextHtml, int FullTextText, int FullTextRaw, int FullTextFetchedAt, int FullTextError)
{
    private static readonly string[] Names =
    [
        "id", "feed_id", "feed_url", "guid", "url", "canonical_url", "title", "author", "published_at", "fetched_at", "updated_at",
        "raw_content", "content_html", "content_text", "identity_key", "content_hash", "original_url", "original_site", "story_id",
        "blocks", "is_representative", "duplicate_reason", "similarity", "pinned",
        "full_text_status", "full_text_html", "full_text_text", "full_text_raw", "full_text_fetched_at", "full_text_error",
    ];

    /// <summary>Columns only the pipeline's own reads select (re-cleaning, the learner, story decisions).</summary>
    private static readonly string[] Optional = ["raw_content", "blocks", "pinned", "full_text_raw"];

    public static ArticleOrdinals Of(DbDataReader r)
    {
        Span<int> at = stackalloc int[Names.Length];
        at.Fill(-1);
        for (var i = r.FieldCount - 1; i >= 0; i--)
        {
            var known = Array.IndexOf(Names, r.GetName(i));
            if (known >= 0)
                at[known] = i;
        }
        for (var k = 0; k < Names.Length; k++)
        {
            if (at[k] < 0 && !Optional.Contains(Names[k]))
                throw new InvalidOperationException($"The article query has no column '{Names[k]}'.");
        }
        return new ArticleOrdinals(at[0], at[1], at[2], at[3], at[4], at[5], at[6], at[7], at[8], at[9], at[10], at[11], at[12],
            at[13], at[14], at[15], at[16], at[17], at[18], at[19], at[20], at[21], at[22], at[23], at[24], at[25], at[26], at[27],
            at[28], at[29]);
    }

    /// <summary>A row mapper for one result set: positions looked up on its first row.</summary>
    public static Func<DbDataReader, ArticleRecord> Reader()
    {
        ArticleOrdinals? ordinals = null;
        return r => Rows.Article(r, ordinals ??= Of(r));
    }
}
