using System.ComponentModel;
using FeedHub.Scheduling;
using FeedHub.Storage;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>
/// The recurring dispatcher: claims due feeds (with a lease, so no two workers poll one feed) and enqueues one
/// poll job per batch. One recurring job for all feeds, not one per feed.
/// </summary>
public sealed partial class DispatchDueFeedsJob(
    IFeedStore feeds,
    IBackgroundJobClient jobs,
    SchedulingOptions options,
    TimeProvider time,
    ILogger<DispatchDueFeedsJob> logger)
{
    public const string RecurringId = "dispatch-due-feeds";

    [DisplayName("Dispatch due feeds")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [Queue("dispatch")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var claimed = await feeds.ClaimDueFeedsAsync(time.GetUtcNow(), options.Lease, options.MaxClaimPerDispatch, cancellationToken).ConfigureAwait(false);
        var batches = claimed.Chunk(options.BatchSize).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            var ids = batches[i].Select(f => f.Id).ToArray();
            var label = PollFeedsJob.Describe(batches[i].Select(f => f.Url).ToList());
            var claim = batches[i][0].LeaseToken ?? throw new InvalidOperationException("The store returned a claimed feed without its claim.");
            try
            {
                jobs.Enqueue<PollFeedsJob>(job => job.RunAsync(label, ids, claim, null, CancellationToken.None));
            }
            catch (BackgroundJobClientException)
            {
                // Hangfire's storage failed (after its own retries): give the feeds of this and the later batches
                // back now, where possible, rather than when their lease runs out.
                await ReleaseAsync(batches.Skip(i).SelectMany(b => b)).ConfigureAwait(false);
                throw;
            }
        }
        if (claimed.Count > 0)
            LogDispatched(logger, claimed.Count, (claimed.Count + options.BatchSize - 1) / options.BatchSize);
        return claimed.Count;
    }

    private async Task ReleaseAsync(IEnumerable<FeedRecord> unqueued)
    {
        foreach (var feed in unqueued)
        {
            try
            {
                await feeds.ReleaseLeaseAsync(feed.Id, feed.LeaseToken, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return; // the store is away too: the leases run out by themselves
            }
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Dispatched {FeedCount} due feeds in {JobCount} poll jobs")]
    private static partial void LogDispatched(ILogger logger, int feedCount, int jobCount);
}
