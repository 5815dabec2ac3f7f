using System.Collections.Concurrent;
using FeedHub.Scheduling;
using FeedHub.Storage;
using Microsoft.Extensions.Logging;

namespace FeedHub.Refreshing;

/// <summary>Polls a batch of feeds with bounded concurrency (the fetcher adds its per-host limits).</summary>
public sealed partial class FeedBatchPoller(IFeedStore feeds, FeedRefresher refresher, SchedulingOptions options, TimeProvider time, ILogger<FeedBatchPoller> logger)
{
    /// <summary>
    /// A poll job's batch: each feed is taken under the dispatcher's <paramref name="claim"/> just before it is
    /// polled (renewing the lease), and skipped when another claim holds it or it was polled meanwhile — which is
    /// what keeps a job that Hangfire runs again after its worker died from polling feeds twice at once.
    /// </summary>
    public Task<IReadOnlyList<FeedRefreshResult>> PollClaimedAsync(IReadOnlyList<long> feedIds, string claim, CancellationToken cancellationToken) =>
        RunAsync(feedIds, (id, token) => TakeAsync(id, claim, token), cancellationToken);

    /// <summary>Takes a feed, trying three times over three seconds while the store is unavailable (out of connections, restarting).</summary>
    private async ValueTask<FeedRecord?> TakeAsync(long feedId, string claim, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await feeds.TakeFeedAsync(feedId, claim, time.GetUtcNow(), options.Lease, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < 3 && ex is not OperationCanceledException)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>An operator's poll (`feedhub poll`): polls the given feeds now, whoever holds their leases.</summary>
    public Task<IReadOnlyList<FeedRefreshResult>> PollAsync(IReadOnlyList<FeedRecord> batch, CancellationToken cancellationToken) =>
        RunAsync(batch, (feed, _) => ValueTask.FromResult<FeedRecord?>(feed with { LeaseToken = null }), cancellationToken);

    private async Task<IReadOnlyList<FeedRefreshResult>> RunAsync<T>(IReadOnlyList<T> batch, Func<T, CancellationToken, ValueTask<FeedRecord?>> take, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<(int Index, FeedRefreshResult Result)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.PollConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batch.Select((entry, index) => (entry, index)), parallel, async (entry, token) =>
        {
            try
            {
                if (await take(entry.entry, token).ConfigureAwait(false) is not { } feed)
                    return;
                results.Add((entry.index, await refresher.RefreshAsync(feed, token).ConfigureAwait(false)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                // The store failed under this feed (a feed's own failures are recorded on it and never get here).
                // The rest of the batch goes on; the feed's lease runs out and the next dispatch brings it back.
                LogStoreUnavailable(logger, ex, entry.entry?.ToString());
            }
        }).ConfigureAwait(false);
        return results.OrderBy(r => r.Index).Select(r => r.Result).ToList();
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "Feed {Feed} was not polled: the store failed; it comes back when its lease runs out")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string? feed);
}
