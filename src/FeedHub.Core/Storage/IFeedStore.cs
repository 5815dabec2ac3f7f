namespace FeedHub.Storage;

/// <summary>The feeds table: what to poll and what the last poll left.</summary>
public interface IFeedStore
{
    /// <summary>Adds a feed, or returns the one already stored under that URL.</summary>
    Task<(FeedRecord Feed, bool Added)> AddFeedAsync(string url, string? title, DateTimeOffset now, CancellationToken cancellationToken);

    Task<FeedRecord?> GetFeedAsync(long id, CancellationToken cancellationToken);

    Task<FeedRecord?> GetFeedByUrlAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedRecord>> ListFeedsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes a lease on up to <paramref name="max"/> enabled feeds that are due and not leased by another worker,
    /// and returns them. A lease that runs out (its worker died) makes the feed claimable again.
    /// </summary>
    Task<IReadOnlyList<FeedRecord>> ClaimDueFeedsAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Records a poll's result on the feed and releases its lease.</summary>
    Task RecordPollAsync(long feedId, FeedPollResult result, CancellationToken cancellationToken);

    /// <summary>Gives a claimed feed back without recording a poll (the poll was interrupted by shutdown).</summary>
    Task ReleaseLeaseAsync(long feedId, CancellationToken cancellationToken);

    /// <summary>Re-enables a disabled feed and makes it due at <paramref name="now"/>. False when no such feed.</summary>
    Task<bool> EnableFeedAsync(string url, DateTimeOffset now, CancellationToken cancellationToken);
}
