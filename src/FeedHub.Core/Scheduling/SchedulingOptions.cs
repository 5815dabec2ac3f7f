namespace FeedHub.Scheduling;

/// <summary>Polling cadence and back-off, bound from the `Scheduling` section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The interval for a feed with too few dated items to learn its pace from.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The first back-off after an error; doubled per consecutive error, up to <see cref="MaxInterval"/>.</summary>
    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A feed failing without a success for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Up to this share of an interval is added or taken at random, so feeds don't poll in lockstep.</summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>How often the dispatcher claims due feeds.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Feeds per poll job.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Feeds one dispatch claims at most.</summary>
    public int MaxClaimPerDispatch { get; set; } = 2000;

    /// <summary>How long a claimed feed stays with its worker; a worker that dies releases it when this runs out.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Feeds polled at once within one poll job. With <c>Hangfire:WorkerCount</c>'s default (twice the cores) that is
    /// 8 polls in flight per core. More polls at once made the whole machine slower where the worker shares its cores
    /// with PostgreSQL: 10,000 loopback feeds on 2 cores, mixed round 92–102 s at 4, 112 s at 8, 134–159 s at 16
    /// (docs/benchmarks.md, scale-load). Raise it where fetches wait long on slow servers and the cores sit idle.
    /// </summary>
    public int PollConcurrency { get; set; } = 4;

    public void Validate()
    {
        Positive(MinInterval, "Scheduling:MinInterval");
        Positive(ErrorBackoff, "Scheduling:ErrorBackoff");
        Positive(DispatchInterval, "Scheduling:DispatchInterval");
        Positive(Lease, "Scheduling:Lease");
        Positive(DefaultInterval, "Scheduling:DefaultInterval");
        Positive(DisableAfter, "Scheduling:DisableAfter");
        if (MaxInterval < MinInterval)
            throw new ArgumentOutOfRangeException(nameof(MaxInterval), MaxInterval, $"Scheduling:MaxInterval must not be below Scheduling:MinInterval ({MinInterval}).");
        if (Jitter is < 0 or > 0.5)
            throw new ArgumentOutOfRangeException(nameof(Jitter), Jitter, "Scheduling:Jitter must be between 0 and 0.5.");
        if (BatchSize is < 1 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "Scheduling:BatchSize must be between 1 and 10000.");
        if (MaxClaimPerDispatch < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxClaimPerDispatch), MaxClaimPerDispatch, "Scheduling:MaxClaimPerDispatch must be at least 1.");
        if (PollConcurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(PollConcurrency), PollConcurrency, "Scheduling:PollConcurrency must be at least 1.");
    }

    private static void Positive(TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(key, value, $"{key} must be positive.");
    }
}
