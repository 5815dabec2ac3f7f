namespace FeedHub.Storage;

/// <summary>What one poll of a feed leaves on the feed: status, validators, errors and the next poll time.</summary>
public sealed record FeedPollResult
{
    public required string Status { get; init; }
    public int? StatusCode { get; init; }
    public string? Error { get; init; }
    public required DateTimeOffset PolledAt { get; init; }

    /// <summary>The claim the poll ran under; null for an operator's poll, which records whoever holds the lease.</summary>
    public string? Claim { get; init; }
    public required DateTimeOffset NextPollAt { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? BodyHash { get; init; }
    public string? Title { get; init; }

    /// <summary>Set when the poll disables the feed (410 Gone, long failure).</summary>
    public string? DisabledReason { get; init; }

    /// <summary>A permanent redirect that held: the feed's new address (the old one is kept as an alias).</summary>
    public string? MovedTo { get; init; }

    /// <summary>A permanent redirect waiting for more polls to confirm it.</summary>
    public string? PendingRedirectUrl { get; init; }
    public int PendingRedirectCount { get; init; }

    /// <summary>No request was made (its host asked everyone to wait): error count and failure start stay as they were.</summary>
    public bool Deferred { get; init; }
}
