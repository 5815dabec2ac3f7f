using System.ComponentModel;
using FeedHub.Refreshing;
using FeedHub.Storage;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>Learns every enabled feed's recurring boilerplate from its recent articles.</summary>
public sealed partial class LearnBoilerplateJob(IFeedStore feeds, BoilerplateLearnerService learner, ILogger<LearnBoilerplateJob> logger)
{
    public const string RecurringId = "learn-boilerplate";

    [DisplayName("Learn boilerplate for every feed")]
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Queue("maintenance")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var feed in await feeds.ListFeedsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (feed.Enabled && await learner.RelearnAsync(feed, cancellationToken).ConfigureAwait(false) is { } learned)
            {
                changed++;
                LogLearned(logger, feed.Id, feed.Url, learned.Count);
            }
        }
        return changed;
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Learned {Count} boilerplate blocks for feed {FeedId} {FeedUrl}")]
    private static partial void LogLearned(ILogger logger, long feedId, string feedUrl, int count);
}
