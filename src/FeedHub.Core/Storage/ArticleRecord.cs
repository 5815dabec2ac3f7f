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

    /// <summary>Short lines the built-in rules removed from the item (<see cref="Cleaning.CleanedContent.RemovedBlocks"/>), for the learner.</summary>
    public IReadOnlyList<string> RemovedBlocks { get; init; } = [];

    public long StoryId { get; init; }
    public bool IsRepresentative { get; init; }

    /// <summary>Why the article joined its story (<see cref="DuplicateReasons"/>), null for the one that opened it.</summary>
    public string? DuplicateReason { get; init; }
    public double? Similarity { get; init; }

    /// <summary>An operator split it into a story of its own (`stories split`): dedup never moves it.</summary>
    public bool Pinned { get; init; }

    /// <summary>Null when no full text was asked for, else one of <see cref="FullTextStatus"/>'s values.</summary>
    public string? FullTextStatus { get; init; }

    /// <summary>The page's article, cleaned with the feed's rules, when <see cref="FullTextStatus"/> is "fetched".</summary>
    public string? FullTextHtml { get; init; }
    public string? FullTextText { get; init; }

    /// <summary>The extracted article before the feed's rules (read with the raw content only), for re-cleaning.</summary>
    public string? FullTextRaw { get; init; }
    public DateTimeOffset? FullTextFetchedAt { get; init; }
    public string? FullTextError { get; init; }

    /// <summary>True when the page's article is stored: it, not the feed's excerpt, is what the article says.</summary>
    public bool HasFullText => FullTextStatus == Storage.FullTextStatus.Fetched && FullTextHtml is not null && FullTextText is not null;

    /// <summary>The whole article as downstream apps get it (Contract's contentHtml): the full text when fetched, else the feed's content.</summary>
    public string ArticleHtml => HasFullText ? FullTextHtml! : ContentHtml;

    /// <summary>The text of <see cref="ArticleHtml"/> (Contract's contentText); also what fingerprints are computed from.</summary>
    public string ArticleText => HasFullText ? FullTextText! : ContentText;
}

/// <summary>The states of an article's full text.</summary>
public static class FullTextStatus
{
    /// <summary>Truncated, and its feed allows full text: waiting for (or between attempts of) a fetch.</summary>
    public const string Pending = "pending";
    public const string Fetched = "fetched";

    /// <summary>The page had no article (or nothing fuller than the excerpt), or was not HTML, or too large: final.</summary>
    public const string NoContent = "no-content";

    /// <summary>The site's robots.txt disallows our user agent there: final until the item changes.</summary>
    public const string RobotsDisallowed = "robots-disallowed";

    /// <summary>The page could not be fetched (4xx, or attempts ran out): final, with the message.</summary>
    public const string Error = "error";
}

/// <summary>The reasons of the Contract's `duplicateReason`.</summary>
public static class DuplicateReasons
{
    public const string CanonicalUrl = "canonical-url";
    public const string Exact = "exact";
    public const string Near = "near";
    public const string Attribution = "attribution";
}
