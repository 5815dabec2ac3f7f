using System.Collections.Concurrent;
using FeedHub.Scheduling;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>Polls a batch of feeds with bounded concurrency (the fetcher adds its per-host limits).</summary>
public sealed class FeedBatchPoller(IFeedStore feeds, FeedRefresher refresher, SchedulingOptions options, TimeProvider time)
{
    /// <summary>
    /// A poll job's batch: each feed is taken under the dispatcher's <paramref name="claim"/> just before it is
    /// polled (renewing the lease), and skipped when another claim holds it or it was polled meanwhile — which is
    /// what keeps a job that Hangfire runs again after its worker died from polling feeds twice at once.
    /// </summary>
    public Task<IReadOnlyList<FeedRefreshResult>> PollClaimedAsync(IReadOnlyList<long> feedIds, string claim, CancellationToken cancellationToken) =>
        RunAsync(feedIds, async (id, token) => await feeds.TakeFeedAsync(id, claim, time.GetUtcNow(), options.Lease, token).ConfigureAwait(false), cancellationToken);

    /// <summary>An operator's poll (`feedhub poll`): polls the given feeds now, whoever holds their leases.</summary>
    public Task<IReadOnlyList<FeedRefreshResult>> PollAsync(IReadOnlyList<FeedRecord> batch, CancellationToken cancellationToken) =>
        RunAsync(batch, (feed, _) => ValueTask.FromResult<FeedRecord?>(feed with { LeaseToken = null }), cancellationToken);

    private async Task<IReadOnlyList<FeedRefreshResult>> RunAsync<T>(IReadOnlyList<T> batch, Func<T, CancellationToken, ValueTask<FeedRecord?>> take, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<(int Index, FeedRefreshResult Result)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.PollConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batch.Select((entry, index) => (entry, index)), parallel, async (entry, token) =>
        {
            if (await take(entry.entry, token).ConfigureAwait(false) is not { } feed)
                return;
            var result = await refresher.RefreshAsync(feed, token).ConfigureAwait(false);
            results.Add((entry.index, result));
        }).ConfigureAwait(false);
        return results.OrderBy(r => r.Index).Select(r => r.Result).ToList();
    }
}
