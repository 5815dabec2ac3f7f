namespace FeedHub.Refreshing;

/// <summary>Fetching the page of truncated items, bound from the `FullText` section.</summary>
public sealed class FullTextOptions
{
    public const string Section = "FullText";

    /// <summary>The default for feeds that say nothing (`feeds set --full-text default`, no config file entry). Off.</summary>
    public bool Enabled { get; set; }

    /// <summary>How often the dispatcher claims pending fetches and enqueues fetch jobs.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pending fetches one dispatch claims at most, and articles per fetch job.</summary>
    public int MaxClaimPerDispatch { get; set; } = 500;
    public int BatchSize { get; set; } = 20;

    /// <summary>Pages fetched at once inside one job (the fetcher's per-host limits apply on top).</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>A claimed fetch belongs to its worker this long; a dead worker's fetches come back when it runs out.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts at a page that fails for a passing reason (5xx, timeout, network); then it is an error.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Wait before the second attempt, doubled for each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a fetched robots.txt (or its 4xx absence) is trusted.</summary>
    public TimeSpan RobotsTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After a 5xx or no answer for robots.txt, the host counts as disallowed this long, then it is asked again.</summary>
    public TimeSpan RobotsRetry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A robots.txt Crawl-delay is honoured up to this gap between two page fetches to the site from this worker;
    /// a longer one is cut to it. Zero ignores Crawl-delay.
    /// </summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A page whose site's next Crawl-delay turn is at most this far away is waited for inside the fetch job; one
    /// further away is put back to pending, due at its turn (not counted as an attempt), so jobs stay short.
    /// </summary>
    public TimeSpan CrawlDelayWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Items of the feed whose median text length is the "typical" one the truncation check compares with.</summary>
    public int TypicalLengthSample { get; set; } = 50;

    public void Validate()
    {
        if (DispatchInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(DispatchInterval), DispatchInterval, "FullText:DispatchInterval must be positive.");
        if (MaxClaimPerDispatch < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxClaimPerDispatch), MaxClaimPerDispatch, "FullText:MaxClaimPerDispatch must be at least 1.");
        if (BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "FullText:BatchSize must be at least 1.");
        if (Concurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, "FullText:Concurrency must be at least 1.");
        if (Lease < TimeSpan.FromSeconds(10))
            throw new ArgumentOutOfRangeException(nameof(Lease), Lease, "FullText:Lease must be at least 10 seconds.");
        if (MaxAttempts is < 1 or > 20)
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "FullText:MaxAttempts must be between 1 and 20.");
        if (RetryDelay < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "FullText:RetryDelay must not be negative.");
        if (RobotsTtl <= TimeSpan.Zero || RobotsRetry <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RobotsTtl), RobotsTtl, "FullText:RobotsTtl and FullText:RobotsRetry must be positive.");
        if (MaxCrawlDelay < TimeSpan.Zero || MaxCrawlDelay > TimeSpan.FromMinutes(10))
            throw new ArgumentOutOfRangeException(nameof(MaxCrawlDelay), MaxCrawlDelay, "FullText:MaxCrawlDelay must be between 0 and 10 minutes.");
        if (CrawlDelayWait < TimeSpan.Zero || CrawlDelayWait >= Lease)
            throw new ArgumentOutOfRangeException(nameof(CrawlDelayWait), CrawlDelayWait, "FullText:CrawlDelayWait must be at least 0 and shorter than FullText:Lease.");
        if (TypicalLengthSample < 1)
            throw new ArgumentOutOfRangeException(nameof(TypicalLengthSample), TypicalLengthSample, "FullText:TypicalLengthSample must be at least 1.");
    }
}
