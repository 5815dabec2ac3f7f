using FeedHub.Cleaning;

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

    /// <summary>
    /// Takes (or renews) the lease on one feed for a poll job's claim: when the claim still holds it, or when the
    /// feed is due and nobody holds it. Null when another claim holds it or it is not due (polled meanwhile).
    /// </summary>
    Task<FeedRecord?> TakeFeedAsync(long feedId, string claim, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Records a poll's result on the feed and releases its lease. With <see cref="FeedPollResult.Claim"/> set, only
    /// while that claim holds the feed: false when another worker took it over (the result is dropped).
    /// </summary>
    Task<bool> RecordPollAsync(long feedId, FeedPollResult result, CancellationToken cancellationToken);

    /// <summary>Files a feed under an OPML category (null: none).</summary>
    Task SetFeedCategoryAsync(long feedId, string? category, CancellationToken cancellationToken);

    /// <summary>Replaces the editors' rules of a feed. False when no such feed.</summary>
    Task<bool> SetFeedRulesAsync(long feedId, IReadOnlyList<string> removeSelectors, IReadOnlyList<string> removePatterns, CancellationToken cancellationToken);

    /// <summary>Replaces the learned boilerplate of a feed.</summary>
    Task SetLearnedBlocksAsync(long feedId, IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken);

    /// <summary>The blocks, kept and removed, of the feed's most recent articles, newest first (what the learner reads).</summary>
    Task<IReadOnlyList<LearningSample>> GetRecentBlocksAsync(long feedId, int limit, CancellationToken cancellationToken);

    /// <summary>Publication times of the feed's newest articles (the scheduler's pace after a 304).</summary>
    Task<IReadOnlyList<DateTimeOffset>> GetRecentPublishedDatesAsync(long feedId, int limit, CancellationToken cancellationToken);

    /// <summary>Gives a claimed feed back without recording a poll (the poll was interrupted by shutdown).</summary>
    Task ReleaseLeaseAsync(long feedId, string? claim, CancellationToken cancellationToken);

    /// <summary>Re-enables a disabled feed and makes it due at <paramref name="now"/>. False when no such feed.</summary>
    Task<bool> EnableFeedAsync(string url, DateTimeOffset now, CancellationToken cancellationToken);
}
