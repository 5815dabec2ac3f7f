using System.ComponentModel;
using FeedHub.Storage;
using FeedHub.Worker.Hosting;
using Hangfire;

namespace FeedHub.Worker.Jobs;

/// <summary>Purges articles past `Retention:MaxAge`, in batches, leaving tombstones.</summary>
public sealed partial class RetentionJob(IOperatorStore store, IOutboxStore outbox, RetentionOptions options, TimeProvider time, ILogger<RetentionJob> logger)
{
    public const string RecurringId = "retention";

    [DisplayName("Purge articles past their retention age")]
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [Queue("maintenance")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await outbox.PurgeRelayedEventsAsync(now - options.OutboxMaxAge, cancellationToken).ConfigureAwait(false);
        if (options.MaxAge is not { } maxAge)
            return 0;
        var total = 0;
        int purged;
        do
        {
            purged = await store.PurgeArticlesAsync(now - maxAge, options.BatchSize, now, cancellationToken).ConfigureAwait(false);
            total += purged;
        }
        while (purged == options.BatchSize);
        LogPurged(logger, total, now - maxAge);
        return total;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Retention purged {Count} articles fetched before {Cutoff}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);
}
