namespace FeedHub.Storage;

/// <summary>
/// One article as the jsonl export reads it: the Contract's fields only, text as the store's UTF-8 bytes (no .NET
/// string per field). Text lies in a buffer the store reuses: it is valid until the stream moves to the next row.
/// A null <see cref="Nullable{T}"/> is a SQL NULL; <see cref="ContentHtml"/> and <see cref="ContentText"/> are
/// already the article's text as downstream apps get it (<see cref="ArticleRecord.ArticleHtml"/>).
/// </summary>
public readonly record struct ArticleUtf8Row(
    long Id,
    ReadOnlyMemory<byte> FeedUrl,
    ReadOnlyMemory<byte>? Guid,
    ReadOnlyMemory<byte>? Url,
    ReadOnlyMemory<byte>? CanonicalUrl,
    ReadOnlyMemory<byte>? Title,
    ReadOnlyMemory<byte>? Author,
    DateTimeOffset? PublishedAt,
    DateTimeOffset FetchedAt,
    ReadOnlyMemory<byte> ContentHtml,
    ReadOnlyMemory<byte> ContentText,
    long StoryId,
    bool IsRepresentative,
    ReadOnlyMemory<byte>? OriginalUrl,
    ReadOnlyMemory<byte>? DuplicateReason,
    double? Similarity);
