namespace FeedHub.Scheduling;

/// <summary>What the scheduler knows after a poll.</summary>
public sealed record PollTiming
{
    public bool Failed { get; init; }

    /// <summary>Consecutive errors including this one (for a failure).</summary>
    public int ErrorCount { get; init; }

    /// <summary>Publication times of the feed's items, any order.</summary>
    public IReadOnlyList<DateTimeOffset> ItemDates { get; init; } = [];
    public TimeSpan? Ttl { get; init; }
    public TimeSpan? UpdatePeriod { get; init; }
    public TimeSpan? FreshFor { get; init; }
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The feed's last interval, kept when nothing better is known (a 304 carries no items).</summary>
    public TimeSpan? PreviousInterval { get; init; }
}

/// <summary>
/// Each feed's next poll time: about half its typical gap between items, clamped, never sooner than the publisher
/// asks (ttl, sy:updatePeriod, Cache-Control, Retry-After); errors back off exponentially. Jitter is derived from
/// the feed id, so it is stable per feed and spreads feeds apart without a random source.
/// </summary>
public sealed class PollScheduler(SchedulingOptions options)
{
    public DateTimeOffset NextPoll(long feedId, PollTiming timing, DateTimeOffset now)
    {
        var interval = timing.Failed ? Backoff(timing.ErrorCount) : Interval(timing);
        if (timing.RetryAfter is { } retryAfter && retryAfter > interval)
            interval = retryAfter;
        interval = Clamp(interval, timing.Failed || timing.RetryAfter is not null);
        return now + Jittered(interval, feedId, timing.ErrorCount);
    }

    public TimeSpan Interval(PollTiming timing)
    {
        var interval = PaceOf(timing.ItemDates) ?? timing.PreviousInterval ?? options.DefaultInterval;
        foreach (var floor in (TimeSpan?[])[timing.Ttl, timing.UpdatePeriod, timing.FreshFor])
        {
            if (floor is { } f && f > interval)
                interval = f;
        }
        return Clamp(interval, allowAboveMax: false);
    }

    private TimeSpan Backoff(int errorCount)
    {
        var exponent = Math.Clamp(errorCount - 1, 0, 20);
        var ticks = Math.Min(options.ErrorBackoff.Ticks * Math.Pow(2, exponent), options.MaxInterval.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Half the median gap between the newest items: a feed that publishes hourly is polled every 30 minutes.</summary>
    private static TimeSpan? PaceOf(IReadOnlyList<DateTimeOffset> dates)
    {
        if (dates.Count < 3)
            return null;
        var newest = dates.OrderDescending().Take(20).ToList();
        var gaps = newest.Zip(newest.Skip(1), (a, b) => a - b).Where(g => g > TimeSpan.Zero).Order().ToList();
        if (gaps.Count == 0)
            return null;
        return gaps[gaps.Count / 2] / 2;
    }

    private TimeSpan Clamp(TimeSpan interval, bool allowAboveMax)
    {
        if (interval < options.MinInterval)
            return options.MinInterval;
        // Retry-After and back-off may go past the usual maximum only as far as a week.
        var max = allowAboveMax ? TimeSpan.FromDays(7) : options.MaxInterval;
        return interval > max ? max : interval;
    }

    private TimeSpan Jittered(TimeSpan interval, long feedId, int salt)
    {
        if (options.Jitter <= 0)
            return interval;
        var hash = ((ulong)feedId + 0x9E3779B97F4A7C15UL * (ulong)(salt + 1)) * 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 31;
        var unit = (hash >> 11) * (1.0 / (1UL << 53)); // 0..1
        var factor = 1 + options.Jitter * (unit * 2 - 1);
        return TimeSpan.FromTicks((long)(interval.Ticks * factor));
    }
}
