using System.ComponentModel;
using FeedHub.Refreshing;
using FeedHub.Storage;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>
/// Cleans a feed's recent articles again after learning found new boilerplate for it ("Re-clean BLiTZ after
/// learning" on the dashboard). On a queue of its own, "reclean", whose name sorts after "poll": Hangfire.PostgreSql
/// takes waiting jobs in queue-name order, so polls waiting go first.
/// </summary>
public sealed partial class RecleanFeedJob(IFeedStore feeds, Recleaner recleaner, ILogger<RecleanFeedJob> logger)
{
    [DisplayName("Re-clean {1} after learning")]
    [AutomaticRetry(Attempts = 2)]
    [Queue("reclean")]
    public async Task<string> RunAsync(long feedId, string name, DateTimeOffset since, string[] gained, CancellationToken cancellationToken)
    {
        // The feed as stored now: its rules may have changed again since the job was queued.
        if (await feeds.GetFeedAsync(feedId, cancellationToken).ConfigureAwait(false) is not { } feed)
            return "feed removed";
        var changed = await recleaner.RecleanAsync(feed, null, cancellationToken, since, gained.ToHashSet(StringComparer.Ordinal)).ConfigureAwait(false);
        LogRecleaned(logger, feed.Id, feed.Url, changed);
        return $"{changed} articles changed";
    }

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information, Message = "Re-cleaned feed {FeedId} {FeedUrl} after learning: {Changed} articles changed")]
    private static partial void LogRecleaned(ILogger logger, long feedId, string feedUrl, int changed);
}

/// <summary>The daemon's <see cref="IRecleanScheduler"/>: one <see cref="RecleanFeedJob"/> per feed that learned.</summary>
public sealed class HangfireRecleanScheduler(IBackgroundJobClient jobs) : IRecleanScheduler
{
    public void Schedule(FeedRecord feed, DateTimeOffset since, IReadOnlySet<string> gained)
    {
        string[] keys = [.. gained];
        var name = LearnBoilerplateJob.NameOf(feed);
        jobs.Enqueue<RecleanFeedJob>(job => job.RunAsync(feed.Id, name, since, keys, CancellationToken.None));
    }
}
