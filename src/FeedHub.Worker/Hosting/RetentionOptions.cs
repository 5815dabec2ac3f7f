namespace FeedHub.Worker.Hosting;

/// <summary>How long articles are kept, bound from the `Retention` section. Off unless MaxAge is set.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Articles fetched longer ago than this are purged (their identities kept as tombstones). Null: keep forever.</summary>
    public TimeSpan? MaxAge { get; set; }

    /// <summary>Webhook events are kept this long after they were relayed (deliveries retry for about 33 hours).</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Articles purged per transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Cron expression (UTC) of the recurring retention job.</summary>
    public string Schedule { get; set; } = "17 3 * * *";

    public void Validate()
    {
        if (MaxAge is { } age && age < TimeSpan.FromHours(1))
            throw new ArgumentOutOfRangeException(nameof(MaxAge), age, "Retention:MaxAge must be at least one hour (or unset to keep everything).");
        if (OutboxMaxAge < TimeSpan.FromDays(2))
            throw new ArgumentOutOfRangeException(nameof(OutboxMaxAge), OutboxMaxAge, "Retention:OutboxMaxAge must be at least 2 days (deliveries retry for about 33 hours).");
        if (BatchSize is < 1 or > 5000)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "Retention:BatchSize must be between 1 and 5000.");
        if (string.IsNullOrWhiteSpace(Schedule))
            throw new ArgumentException("Retention:Schedule must be a cron expression.", nameof(Schedule));
    }
}
