namespace FeedHub.Storage;

/// <summary>A stored article: the item as the feed gave it, its clean content, its keys and its story.</summary>
public sealed record ArticleRecord
{
    public long Id { get; init; }
    public required long FeedId { get; init; }
    public string FeedUrl { get; init; } = "";
    public string? Guid { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The item's content as the feed gave it, kept so that rules can be re-applied later.</summary>
    public string RawContent { get; init; } = "";
    public string ContentHtml { get; init; } = "";
    public string ContentText { get; init; } = "";

    /// <summary>The per-feed identity of the item: GUID, else link, else a hash of title and content.</summary>
    public required string IdentityKey { get; init; }

    /// <summary>SHA-256 of the normalized clean text; equal hashes mean the same text.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>The canonical URL of the original, when the item says it is a copy of another page.</summary>
    public string? OriginalUrl { get; init; }
    public string? OriginalSite { get; init; }

    /// <summary>The text of each block of the clean item before learned rules, for learning the feed's boilerplate.</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];

    public long StoryId { get; init; }
    public bool IsRepresentative { get; init; }

    /// <summary>Why the article joined its story (<see cref="DuplicateReasons"/>), null for the one that opened it.</summary>
    public string? DuplicateReason { get; init; }
    public double? Similarity { get; init; }
}

/// <summary>The reasons of the Contract's `duplicateReason`.</summary>
public static class DuplicateReasons
{
    public const string CanonicalUrl = "canonical-url";
    public const string Exact = "exact";
    public const string Near = "near";
    public const string Attribution = "attribution";
}
