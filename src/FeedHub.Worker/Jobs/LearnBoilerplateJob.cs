using System.ComponentModel;
using FeedHub.Refreshing;
using FeedHub.Storage;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>
/// The recurring learning job: one job per enabled feed ("Learn boilerplate for BLiTZ"), so the dashboard shows
/// which feed's learning ran, failed or is waiting.
/// </summary>
public sealed partial class LearnBoilerplateJob(IFeedStore feeds, BoilerplateLearnerService learner, IBackgroundJobClient jobs, ILogger<LearnBoilerplateJob> logger)
{
    public const string RecurringId = "learn-boilerplate";

    [DisplayName("Learn boilerplate for every feed")]
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Queue("maintenance")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var enqueued = 0;
        foreach (var feed in await feeds.ListFeedsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!feed.Enabled)
                continue;
            var name = NameOf(feed);
            jobs.Enqueue<LearnBoilerplateJob>(job => job.LearnFeedAsync(feed.Id, name, CancellationToken.None));
            enqueued++;
        }
        return enqueued;
    }

    /// <summary>How jobs about a feed name it on the dashboard: its title, else its host.</summary>
    internal static string NameOf(FeedRecord feed) => feed.Title ?? (Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) ? uri.Host : feed.Url);

    [DisplayName("Learn boilerplate for {1}")]
    [AutomaticRetry(Attempts = 0)]
    [Queue("maintenance")]
    public async Task<string> LearnFeedAsync(long feedId, string name, CancellationToken cancellationToken)
    {
        if (await feeds.GetFeedAsync(feedId, cancellationToken).ConfigureAwait(false) is not { } feed)
            return "feed removed";
        if (await learner.RelearnAsync(feed, cancellationToken).ConfigureAwait(false) is not { } learned)
            return "unchanged";
        LogLearned(logger, feed.Id, feed.Url, learned.Count);
        return $"{learned.Count} boilerplate blocks learned";
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Learned {Count} boilerplate blocks for feed {FeedId} {FeedUrl}")]
    private static partial void LogLearned(ILogger logger, long feedId, string feedUrl, int count);
}
