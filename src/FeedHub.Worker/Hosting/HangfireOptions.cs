namespace FeedHub.Worker.Hosting;

/// <summary>Hangfire settings, bound from the `Hangfire` section.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    /// <summary>Hangfire workers in this process (poll jobs run on them; each polls its batch concurrently).</summary>
    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);

    /// <summary>How often a worker asks PostgreSQL for a new job when idle.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A job whose worker stopped sending heartbeats is given to another worker after this long.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a killed process's distributed locks (rows) hold before they are taken over.</summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>On shutdown, running poll jobs get this long to finish before they are cancelled.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>After the drain, cancelled jobs get this long to stop before the server gives up on them (re-queued).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public string SchemaName { get; set; } = "hangfire";

    public void Validate()
    {
        if (WorkerCount is < 1 or > 1000)
            throw new ArgumentOutOfRangeException(nameof(WorkerCount), WorkerCount, "Hangfire:WorkerCount must be between 1 and 1000.");
        if (QueuePollInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(QueuePollInterval), QueuePollInterval, "Hangfire:QueuePollInterval must be positive.");
        if (InvisibilityTimeout < TimeSpan.FromSeconds(30))
            throw new ArgumentOutOfRangeException(nameof(InvisibilityTimeout), InvisibilityTimeout, "Hangfire:InvisibilityTimeout must be at least 30 seconds.");
        if (DrainTimeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(DrainTimeout), DrainTimeout, "Hangfire:DrainTimeout must not be negative.");
        if (ShutdownTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(ShutdownTimeout), ShutdownTimeout, "Hangfire:ShutdownTimeout must be positive.");
        if (string.IsNullOrWhiteSpace(SchemaName))
            throw new ArgumentException("Hangfire:SchemaName must not be empty.", nameof(SchemaName));
    }
}
