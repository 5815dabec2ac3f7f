using FeedHub.Cleaning;
using FeedHub.Storage;

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
/// after a poll that added articles, and for every feed from the recurring learning job.
/// </summary>
public sealed class BoilerplateLearnerService(IFeedStore feeds, BoilerplateLearningOptions options)
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
        return learned;
    }
}
