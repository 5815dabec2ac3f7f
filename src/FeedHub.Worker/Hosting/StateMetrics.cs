using FeedHub.Storage;
using Hangfire;
using Prometheus;

namespace FeedHub.Worker.Hosting;

/// <summary>
/// Gauges of state that lives in the stores, refreshed every 15 seconds: feeds by state, articles, stories, and the
/// length of each Hangfire queue.
/// </summary>
internal sealed partial class StateMetrics(IFeedHubStore store, JobStorage jobs, ILogger<StateMetrics> logger) : BackgroundService
{
    private static readonly string[] FeedStates = [FeedStatus.New, FeedStatus.Ok, FeedStatus.NotModified, FeedStatus.Error, FeedStatus.Disabled];
    private static readonly Gauge Feeds = Prometheus.Metrics.CreateGauge("feedhub_feeds", "Feeds by state", "state");
    private static readonly Gauge Articles = Prometheus.Metrics.CreateGauge("feedhub_articles", "Articles in the store");
    private static readonly Gauge Stories = Prometheus.Metrics.CreateGauge("feedhub_stories", "Stories in the store");
    private static readonly Gauge Queues = Prometheus.Metrics.CreateGauge("feedhub_queue_length", "Jobs waiting in each Hangfire queue", "queue");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        do
        {
            await RefreshAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    internal async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var state in FeedStates)
                Feeds.WithLabels(state).Set(statistics.FeedsByStatus.TryGetValue(state, out var n) ? n : 0);
            Articles.Set(statistics.Articles);
            Stories.Set(statistics.Stories);
            var monitoring = jobs.GetMonitoringApi();
            foreach (var queue in HangfireServices.Queues)
                Queues.WithLabels(queue).Set(monitoring.EnqueuedCount(queue));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store being down is /readyz's business; the gauges keep their last values.
            LogRefreshFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Could not refresh the state metrics")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
