using System.ComponentModel;
using FeedHub.Refreshing;
using Hangfire;
using Hangfire.Server;

namespace FeedHub.Worker.Jobs;

/// <summary>
/// Polls one batch of claimed feeds. Never retried by Hangfire: a feed's next poll is its retry, and its failure
/// is recorded on the feed, not thrown.
/// </summary>
public sealed partial class PollFeedsJob(FeedBatchPoller poller, ILogger<PollFeedsJob> logger)
{
    [DisplayName("{0}")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [Queue("poll")]
    public async Task<string> RunAsync(string description, long[] feedIds, string claim, PerformContext? context, CancellationToken cancellationToken)
    {
        // Every line logged while this job runs carries its Hangfire job id (the dashboard's #id).
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["JobId"] = context?.BackgroundJob.Id });
        var results = await poller.PollClaimedAsync(feedIds, claim, cancellationToken).ConfigureAwait(false);
        var added = results.Sum(r => r.Added);
        var failed = results.Count(r => r.Error is not null);
        LogPolled(logger, results.Count, added, failed);
        var skipped = feedIds.Length - results.Count;
        return $"{results.Count} feeds polled, {added} articles added, {failed} failed" + (skipped > 0 ? $", {skipped} taken over by another worker" : "");
    }

    /// <summary>A name an operator understands in the dashboard: "Poll 50 feeds: weeklyblitz.net, …".</summary>
    public static string Describe(IReadOnlyList<string> urls)
    {
        var hosts = urls.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Authority : u).Distinct().Take(3).ToList();
        var more = urls.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Authority : u).Distinct().Count() > hosts.Count ? ", …" : "";
        return $"Poll {urls.Count} feed{(urls.Count == 1 ? "" : "s")}: {string.Join(", ", hosts)}{more}";
    }

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Poll job done: {FeedCount} feeds, {Added} articles added, {Failed} feeds failed")]
    private static partial void LogPolled(ILogger logger, int feedCount, int added, int failed);
}
