using FeedHub.Refreshing;
using FeedHub.Scheduling;
using FeedHub.Worker.Jobs;
using Hangfire;
using Hangfire.PostgreSql;

namespace FeedHub.Worker.Hosting;

/// <summary>Hangfire on PostgreSQL (schema `hangfire`) beside the PostgreSQL store, else in memory beside SQLite.</summary>
public static class HangfireServices
{
    // Hangfire.PostgreSql takes waiting jobs by queue name, not by this order: "reclean" sorts after "poll" on purpose.
    public static readonly string[] Queues = ["dispatch", "poll", "fulltext", "maintenance", "reclean", "default"];

    public static IServiceCollection AddFeedHubHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        options.Validate();
        var connectionString = configuration.GetConnectionString("FeedHub");

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                config.UsePostgreSqlStorage(bootstrap => bootstrap.UseNpgsqlConnection(OwnPool(connectionString)), new PostgreSqlStorageOptions
                {
                    SchemaName = options.SchemaName,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = options.QueuePollInterval,
                    InvisibilityTimeout = options.InvisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                    DistributedLockTimeout = options.DistributedLockTimeout,
                });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });

        services.AddHangfireServer((sp, server) =>
        {
            server.Queues = Queues;
            server.WorkerCount = options.WorkerCount;
            server.StopTimeout = options.DrainTimeout;
            server.ShutdownTimeout = options.DrainTimeout + options.ShutdownTimeout;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        services.AddHostedService<RecurringJobsRegistrar>();
        services.AddSingleton<IRecleanScheduler, HangfireRecleanScheduler>();
        return services;
    }

    /// <summary>
    /// Hangfire's connections come from a pool of their own (Npgsql pools per connection string; the application
    /// name tells them apart, in pg_stat_activity too), so a poll burst that exhausts the store's pool cannot starve
    /// the job server's heartbeats, fetches and state changes — and the other way round.
    /// </summary>
    internal static string OwnPool(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName = (string.IsNullOrEmpty(builder.ApplicationName) ? "feedhub" : builder.ApplicationName) + " (hangfire)";
        return builder.ConnectionString;
    }
}

/// <summary>Registers the recurring jobs (idempotent across workers) and dispatches once at start.</summary>
internal sealed partial class RecurringJobsRegistrar(IRecurringJobManager recurring, SchedulingOptions scheduling, RetentionOptions retention, WebhookOptions webhooks, FullTextOptions fullText, ILogger<RecurringJobsRegistrar> logger) : BackgroundService
{
    /// <summary>
    /// Registers in the background and keeps trying: registering takes Hangfire's distributed lock on each recurring
    /// job, and a worker killed while holding one (SIGKILL, a crash) leaves it until Hangfire:DistributedLockTimeout
    /// runs out. A worker starting meanwhile must start all the same — the others registered the jobs already.
    /// </summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRegistrationFailed(logger, ex, attempt);
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 * attempt)), stoppingToken).ConfigureAwait(false);
        }
    }

    private void Register()
    {
        recurring.AddOrUpdate<DispatchDueFeedsJob>(DispatchDueFeedsJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            CronFor(scheduling.DispatchInterval), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.Trigger(DispatchDueFeedsJob.RecurringId);
        recurring.AddOrUpdate<DispatchFullTextJob>(DispatchFullTextJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            CronFor(fullText.DispatchInterval), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<OutboxRelayJob>(OutboxRelayJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            CronFor(webhooks.RelayInterval), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<LearnBoilerplateJob>(LearnBoilerplateJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            "43 * * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<RetentionJob>(RetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            retention.Schedule, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Could not register the recurring jobs (attempt {Attempt}); trying again")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception, int attempt);

    /// <summary>A cron expression for an interval: seconds (six fields) under a minute, minutes above.</summary>
    internal static string CronFor(TimeSpan interval)
    {
        if (interval < TimeSpan.FromMinutes(1))
            return $"*/{Math.Max(1, (int)interval.TotalSeconds)} * * * * *";
        if (interval < TimeSpan.FromHours(1))
            return $"*/{(int)interval.TotalMinutes} * * * *";
        return "0 * * * *";
    }
}
