using System.Collections.Concurrent;
using FeedHub.Scheduling;
using FeedHub.Storage;

namespace FeedHub.Refreshing;

/// <summary>Polls a batch of feeds with bounded concurrency (the fetcher adds its per-host limits).</summary>
public sealed class FeedBatchPoller(IFeedStore feeds, FeedRefresher refresher, SchedulingOptions options)
{
    public async Task<IReadOnlyList<FeedRefreshResult>> PollAsync(IReadOnlyCollection<long> feedIds, CancellationToken cancellationToken)
    {
        var loaded = new List<FeedRecord>(feedIds.Count);
        foreach (var id in feedIds)
        {
            if (await feeds.GetFeedAsync(id, cancellationToken).ConfigureAwait(false) is { Enabled: true } feed)
                loaded.Add(feed);
        }
        return await PollAsync(loaded, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedRefreshResult>> PollAsync(IReadOnlyList<FeedRecord> batch, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<(int Index, FeedRefreshResult Result)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.PollConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batch.Select((feed, index) => (feed, index)), parallel, async (entry, token) =>
        {
            var result = await refresher.RefreshAsync(entry.feed, token).ConfigureAwait(false);
            results.Add((entry.index, result));
        }).ConfigureAwait(false);
        return results.OrderBy(r => r.Index).Select(r => r.Result).ToList();
    }
}
