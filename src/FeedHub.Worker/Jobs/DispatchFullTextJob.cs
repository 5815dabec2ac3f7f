using System.ComponentModel;
using FeedHub.Refreshing;
using FeedHub.Storage;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>
/// The recurring full-text dispatcher: claims due pending fetches with a lease (FOR UPDATE SKIP LOCKED on
/// PostgreSQL, so workers never take the same article) and enqueues one fetch job per batch. A worker that dies
/// mid-fetch leaves the lease to run out; the next dispatch after that claims the article again.
/// </summary>
public sealed partial class DispatchFullTextJob(
    IFullTextStore fullTexts,
    IBackgroundJobClient jobs,
    FullTextOptions options,
    TimeProvider time,
    ILogger<DispatchFullTextJob> logger)
{
    public const string RecurringId = "dispatch-full-text";

    [DisplayName("Dispatch full-text fetches")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [Queue("dispatch")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var claimed = await fullTexts.ClaimPendingFullTextAsync(time.GetUtcNow(), options.Lease, options.MaxClaimPerDispatch, cancellationToken).ConfigureAwait(false);
        foreach (var batch in claimed.Chunk(options.BatchSize))
        {
            var label = $"Fetch full text of {batch.Length} article{(batch.Length == 1 ? "" : "s")}";
            jobs.Enqueue<FetchFullTextJob>(job => job.RunAsync(label, batch, CancellationToken.None));
        }
        if (claimed.Count > 0)
            LogDispatched(logger, claimed.Count);
        return claimed.Count;
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Dispatched {ArticleCount} full-text fetches")]
    private static partial void LogDispatched(ILogger logger, int articleCount);
}

/// <summary>
/// Fetches the full text of a batch of claimed articles. Never retried by Hangfire: an attempt that failed for a
/// passing reason leaves the article pending with a later due time, and the dispatcher claims it again then.
/// </summary>
public sealed partial class FetchFullTextJob(FullTextRefresher refresher, ILogger<FetchFullTextJob> logger)
{
    [DisplayName("{0}")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [Queue("fulltext")]
    public async Task<string> RunAsync(string description, long[] articleIds, CancellationToken cancellationToken)
    {
        var results = await refresher.FetchAsync(articleIds, cancellationToken).ConfigureAwait(false);
        var fetched = results.Count(r => r.Status == FullTextStatus.Fetched);
        LogFetched(logger, results.Count, fetched);
        return $"{results.Count} articles: {fetched} fetched, " +
               string.Join(", ", results.Where(r => r.Status != FullTextStatus.Fetched).GroupBy(r => r.Status ?? "none").Select(g => $"{g.Count()} {g.Key}"));
    }

    [LoggerMessage(EventId = 2402, Level = LogLevel.Information, Message = "Full-text job done: {ArticleCount} articles, {Fetched} fetched")]
    private static partial void LogFetched(ILogger logger, int articleCount, int fetched);
}
