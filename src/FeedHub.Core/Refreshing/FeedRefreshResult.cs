namespace FeedHub.Refreshing;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedRefreshResult
{
    public required long FeedId { get; init; }
    public required string FeedUrl { get; init; }

    /// <summary>The feed status the poll left (ok, not-modified, error, disabled).</summary>
    public required string Status { get; init; }
    public int? StatusCode { get; init; }
    public string? Error { get; init; }
    public int ItemsSeen { get; init; }
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }

    /// <summary>Added articles that joined an existing story.</summary>
    public int Duplicates { get; init; }

    /// <summary>Items that could not be stored; the others were.</summary>
    public int ItemErrors { get; init; }
    public DateTimeOffset NextPollAt { get; init; }
}

/// <summary>What happened to one item.</summary>
public enum IngestOutcome
{
    Added,
    AddedToStory,
    Updated,
    Unchanged,
}
