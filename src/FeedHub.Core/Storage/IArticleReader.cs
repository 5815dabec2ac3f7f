namespace FeedHub.Storage;

/// <summary>A page request over the article store: filters, an opaque cursor, a size.</summary>
public sealed record ArticleQuery
{
    public long? FeedId { get; init; }
    public long? StoryId { get; init; }

    /// <summary>Only articles stored or updated at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }
    public bool RepresentativesOnly { get; init; }

    /// <summary>Where the previous page ended (<see cref="ArticlePage.NextCursor"/>); null for the first page.</summary>
    public ArticleCursor? After { get; init; }
    public int Limit { get; init; } = 100;

    /// <summary>Also read the raw content as the feed gave it (re-cleaning needs it; downstream reads do not).</summary>
    public bool IncludeRawContent { get; init; }
}

/// <summary>
/// A position in the article stream: the article's commit sequence and its id. Pages ordered by it never skip or
/// repeat an article, even while other transactions insert (see docs/schema.md).
/// </summary>
public readonly record struct ArticleCursor(long Sequence, long Id)
{
    public override string ToString() => $"{Sequence}.{Id}";

    public static bool TryParse(string? text, out ArticleCursor cursor)
    {
        cursor = default;
        var parts = text?.Split('.') ?? [];
        if (parts.Length != 2 || !long.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            || !long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var id) || sequence < 0 || id < 0)
            return false;
        cursor = new ArticleCursor(sequence, id);
        return true;
    }
}

public sealed record ArticlePage(IReadOnlyList<ArticleRecord> Items, ArticleCursor? NextCursor);

/// <summary>A story with its members, each with why it joined and how similar it was.</summary>
public sealed record StoryRecord(long Id, long? RepresentativeArticleId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<ArticleRecord> Members);

/// <summary>Reads for downstream apps: pages of articles, stories.</summary>
public interface IArticleReader
{
    Task<ArticlePage> ListArticlesAsync(ArticleQuery query, CancellationToken cancellationToken);

    Task<StoryRecord?> GetStoryAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>The newest articles (by publication, else fetch time), newest first: what an output feed shows.</summary>
    Task<IReadOnlyList<ArticleRecord>> LatestArticlesAsync(long? feedId, long? storyId, bool representativesOnly, int limit, CancellationToken cancellationToken);

    /// <summary>Every article matching the filters, oldest first, streamed (exports).</summary>
    IAsyncEnumerable<ArticleRecord> StreamArticlesAsync(DateTimeOffset? since, bool representativesOnly, CancellationToken cancellationToken);

    /// <summary>
    /// The same articles in the same order as <see cref="StreamArticlesAsync"/>, as the Contract's fields in UTF-8
    /// (the jsonl export): each row's text is valid only until the next row is asked for.
    /// </summary>
    IAsyncEnumerable<ArticleUtf8Row> StreamArticleRowsUtf8Async(DateTimeOffset? since, bool representativesOnly, CancellationToken cancellationToken);
}
