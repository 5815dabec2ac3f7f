namespace FeedHub.Storage;

/// <summary>A claimed full-text fetch: the article's page, and the validators its last fetch left.</summary>
public sealed record FullTextWork(long ArticleId, long FeedId, string? Url, string? Status, int Attempts, string? ETag, string? LastModified);

/// <summary>What a fetch attempt leaves when it stored no article: a final state, or pending again later.</summary>
public sealed record FullTextAttempt
{
    /// <summary><see cref="FullTextStatus.Pending"/> (try again at <see cref="DueAt"/>), a final state, or null: none asked for any more.</summary>
    public required string? Status { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>False when no request was made for the article (its host asked everyone to wait).</summary>
    public bool CountsAsAttempt { get; init; } = true;
}

/// <summary>The page's article, cleaned, with what the page says about itself; stored beside the excerpt.</summary>
public sealed record FullTextContent
{
    public required string Html { get; init; }
    public required string Text { get; init; }

    /// <summary>The extracted article before the feed's rules, so that a rule change can re-clean it.</summary>
    public required string Raw { get; init; }

    /// <summary>SHA-256 of the normalized full text: the article's content hash from now on.</summary>
    public required string ContentHash { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>When the page was fetched; null keeps the stored time and validators (a re-clean of the stored extraction).</summary>
    public DateTimeOffset? FetchedAt { get; init; }
}

/// <summary>A cached robots.txt of one origin (scheme://host[:port]).</summary>
public sealed record RobotsRecord(string Origin, string State, string Body, int? StatusCode, DateTimeOffset FetchedAt, DateTimeOffset ExpiresAt);

/// <summary>The states of a cached robots.txt (RFC 9309 §2.3.1).</summary>
public static class RobotsState
{
    /// <summary>A robots.txt came back: its rules apply.</summary>
    public const string Rules = "rules";

    /// <summary>4xx: there is none, everything is allowed.</summary>
    public const string AllowAll = "allow-all";

    /// <summary>5xx or no answer: everything is disallowed until it is asked again.</summary>
    public const string Unreachable = "unreachable";
}

/// <summary>Full text of truncated items: the per-feed setting, pending fetches with leases, and the robots.txt cache.</summary>
public interface IFullTextStore
{
    /// <summary>Sets a feed's full-text setting (null: inherit). False when no such feed.</summary>
    Task<bool> SetFeedFullTextAsync(string url, bool? fullText, CancellationToken cancellationToken);

    /// <summary>The median text length of the feed's newest articles (as the feed gave them), or null when it has none.</summary>
    Task<int?> TypicalTextLengthAsync(long feedId, int sample, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> pending fetches that are due and not leased by another worker (on PostgreSQL,
    /// rows another transaction is claiming are skipped); returns their article ids. A lease that runs out (its worker
    /// died) makes the fetch claimable again.
    /// </summary>
    Task<IReadOnlyList<long>> ClaimPendingFullTextAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    Task<FullTextWork?> GetFullTextWorkAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Records an attempt that stored no article, and releases the lease.</summary>
    Task RecordFullTextAttemptAsync(long articleId, FullTextAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Articles in each full-text state (for metrics and `feedhub fulltext status`).</summary>
    Task<IReadOnlyDictionary<string, long>> CountFullTextAsync(CancellationToken cancellationToken);

    Task<RobotsRecord?> GetRobotsAsync(string origin, CancellationToken cancellationToken);

    Task SaveRobotsAsync(RobotsRecord robots, CancellationToken cancellationToken);
}
