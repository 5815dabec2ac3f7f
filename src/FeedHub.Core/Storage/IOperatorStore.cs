namespace FeedHub.Storage;

/// <summary>What an operator changes by hand: feeds, stories, retention.</summary>
public interface IOperatorStore
{
    /// <summary>Removes a feed and its articles (their stories keep their other members). False when no such feed.</summary>
    Task<bool> RemoveFeedAsync(string url, CancellationToken cancellationToken);

    /// <summary>Disables a feed with a reason. False when no such feed.</summary>
    Task<bool> DisableFeedAsync(string url, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Takes an article out of its story into a story of its own, pinned there: it stays out. Returns the new story
    /// id, or null when there is no such article or it is already alone.
    /// </summary>
    Task<long?> SplitArticleAsync(long articleId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Moves every member of <paramref name="sourceStoryId"/> into <paramref name="targetStoryId"/>; the source id stays
    /// valid as an alias of the target. False when either story does not exist or they are the same.
    /// </summary>
    Task<bool> MergeStoriesAsync(long targetStoryId, long sourceStoryId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The story an id names now: itself, or the story it was merged into.</summary>
    Task<long?> ResolveStoryIdAsync(long storyId, CancellationToken cancellationToken);

    /// <summary>
    /// Purges articles fetched before <paramref name="olderThan"/>, at most <paramref name="batchSize"/>, leaving a tombstone
    /// per identity; stories left empty go, stories that lost their representative get a new one. Returns how many.
    /// </summary>
    Task<int> PurgeArticlesAsync(DateTimeOffset olderThan, int batchSize, DateTimeOffset now, CancellationToken cancellationToken);
}
