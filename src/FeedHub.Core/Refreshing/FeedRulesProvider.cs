using FeedHub.Cleaning;
using FeedHub.Storage;
using Microsoft.Extensions.Logging;

namespace FeedHub.Refreshing;

/// <summary>Rules for one feed from the configuration file (`Cleaning:FeedRules`), matched by the feed's URL.</summary>
public sealed class ConfiguredFeedRules
{
    public string Url { get; set; } = "";
    public List<string> RemoveSelectors { get; set; } = [];
    public List<string> RemovePatterns { get; set; } = [];

    /// <summary>Fetch the page of this feed's truncated items (null: the global FullText:Enabled decides).</summary>
    public bool? FullText { get; set; }
}

/// <summary>A feed's cleaning rules: what editors stored with the feed, what the config file says, what was learned.</summary>
public sealed class FeedRulesProvider(IReadOnlyList<ConfiguredFeedRules> configured)
{
    public CleaningRules For(FeedRecord feed)
    {
        var fromConfig = configured.Where(c => string.Equals(c.Url, feed.Url, StringComparison.Ordinal)).ToList();
        return new CleaningRules
        {
            RemoveSelectors = [.. feed.RemoveSelectors, .. fromConfig.SelectMany(c => c.RemoveSelectors)],
            RemovePatterns = [.. feed.RemovePatterns, .. fromConfig.SelectMany(c => c.RemovePatterns)],
            LearnedBlocks = feed.LearnedBlocks.ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The config file's full-text setting for the feed (the last entry that sets one), or null.</summary>
    public bool? FullTextFor(FeedRecord feed) =>
        configured.LastOrDefault(c => c.FullText is not null && string.Equals(c.Url, feed.Url, StringComparison.Ordinal))?.FullText;
}

/// <summary>
/// Learns a feed's recurring boilerplate from the blocks of its recent articles and stores it with the feed:
/// after a poll that added articles, and for every feed from the recurring learning job. When it finds new
/// boilerplate, it cleans the feed's recent articles again (<see cref="BoilerplateLearningOptions.RecleanDays"/>):
/// the items it learned from were stored before it knew.
/// </summary>
public sealed partial class BoilerplateLearnerService(IFeedStore feeds, BoilerplateLearningOptions options, Recleaner recleaner, TimeProvider time,
    ILogger<BoilerplateLearnerService> logger, IRecleanScheduler? scheduler = null)
{
    public const int RecentItems = 50;

    /// <summary>Returns the learned keys when they changed, else null.</summary>
    public async Task<IReadOnlySet<string>?> RelearnAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        var recent = await feeds.GetRecentBlocksAsync(feed.Id, RecentItems, cancellationToken).ConfigureAwait(false);
        var learned = BoilerplateLearner.Learn(recent, options);
        if (learned.SetEquals(feed.LearnedBlocks))
            return null;
        await feeds.SetLearnedBlocksAsync(feed.Id, learned.ToList(), cancellationToken).ConfigureAwait(false);
        // Keys that were dropped need nothing: what they removed was boilerplate when it was stored.
        var gained = learned.Except(feed.LearnedBlocks, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (options.RecleanDays > 0 && gained.Count > 0)
            await RecleanRecentAsync(feed with { LearnedBlocks = [.. learned] }, gained, cancellationToken).ConfigureAwait(false);
        return learned;
    }

    private async Task RecleanRecentAsync(FeedRecord feed, IReadOnlySet<string> gained, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-options.RecleanDays);
        try
        {
            // In the daemon a job of its own does it, after the polls waiting (the poll that learned is not held up);
            // from the command line, here.
            if (scheduler is not null)
            {
                scheduler.Schedule(feed, since, gained);
                return;
            }
            var changed = await recleaner.RecleanAsync(feed, null, cancellationToken, since, gained).ConfigureAwait(false);
            LogRecleaned(logger, feed.Id, feed.Url, changed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rules are stored and apply to new items; the stored ones wait for the next learning or `feedhub reclean`.
            LogRecleanFailed(logger, ex, feed.Id, feed.Url);
        }
    }

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Learned new boilerplate for feed {FeedId} {FeedUrl}: {Changed} recent articles cleaned again")]
    private static partial void LogRecleaned(ILogger logger, long feedId, string feedUrl, int changed);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Cleaning the recent articles of feed {FeedId} {FeedUrl} again after learning failed, or could not be queued")]
    private static partial void LogRecleanFailed(ILogger logger, Exception exception, long feedId, string feedUrl);
}

/// <summary>Runs the re-clean that follows learning somewhere other than the poll that learned (the daemon: a Hangfire job).</summary>
public interface IRecleanScheduler
{
    /// <summary>
    /// Re-cleans, later, with its rules as stored then, the feed's articles stored or updated since
    /// <paramref name="since"/> whose clean text holds one of the <paramref name="gained"/> block keys.
    /// </summary>
    void Schedule(FeedRecord feed, DateTimeOffset since, IReadOnlySet<string> gained);
}
