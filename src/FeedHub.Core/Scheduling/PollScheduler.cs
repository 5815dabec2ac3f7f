namespace FeedHub.Scheduling;

/// <summary>What the scheduler knows after a poll.</summary>
public sealed record PollTiming
{
    public bool Failed { get; init; }

    /// <summary>Consecutive errors including this one (for a failure).</summary>
    public int ErrorCount { get; init; }

    /// <summary>
    /// Publication times of the feed's items, any order. After a 304 pass the newest stored ones, so the pace the
    /// feed publishes at stays known.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> ItemDates { get; init; } = [];
    public TimeSpan? Ttl { get; init; }
    public TimeSpan? UpdatePeriod { get; init; }
    public TimeSpan? FreshFor { get; init; }
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The feed's last interval, kept when nothing better is known (a 304 carries no items).</summary>
    public TimeSpan? PreviousInterval { get; init; }
}

/// <summary>
/// Each feed's next poll time. A healthy feed is polled at about half its typical gap between items (less often
/// once it has gone quiet), clamped to
/// [<see cref="SchedulingOptions.MinInterval"/>, <see cref="SchedulingOptions.MaxInterval"/>], and never sooner
/// than the publisher asks (RSS ttl, sy:updatePeriod, Cache-Control max-age or Expires, Retry-After). Errors back
/// off exponentially from <see cref="SchedulingOptions.ErrorBackoff"/>. Jitter spreads feeds apart: it is a hash
/// of the feed id and the poll time, so it differs per feed and per poll yet a test can reproduce it; where the
/// publisher set the floor, jitter only ever adds.
/// </summary>
public sealed class PollScheduler
{
    private static readonly TimeSpan MaxFloor = TimeSpan.FromDays(7);
    private readonly SchedulingOptions _options;

    public PollScheduler(SchedulingOptions options)
    {
        options.Validate();
        _options = options;
    }

    public DateTimeOffset NextPoll(long feedId, PollTiming timing, DateTimeOffset now)
    {
        TimeSpan interval;
        TimeSpan floor;
        if (timing.Failed)
        {
            interval = Backoff(timing.ErrorCount);
            floor = timing.RetryAfter ?? TimeSpan.Zero;
        }
        else
        {
            var pace = PaceOf(timing.ItemDates, now) ?? timing.PreviousInterval ?? _options.DefaultInterval;
            interval = Clamp(pace, _options.MaxInterval);
            floor = Max(timing.Ttl, timing.UpdatePeriod, timing.FreshFor, timing.RetryAfter);
        }

        // A publisher's floor (Retry-After above all) may reach past the usual maximum, but not beyond a week.
        var ceiling = Max(_options.MaxInterval, floor < MaxFloor ? floor : MaxFloor);
        floor = floor > ceiling ? ceiling : floor;
        var publisherBound = floor >= interval;
        interval = Clamp(publisherBound ? floor : interval, ceiling);
        // Jitter stays inside the bounds: it only adds where the publisher or the minimum set the interval, and
        // only takes away at the maximum.
        var spread = publisherBound || interval <= _options.MinInterval ? Spread.Later
            : interval >= ceiling ? Spread.Earlier
            : Spread.Both;
        return now + Jittered(interval, feedId, now, spread);
    }

    /// <summary>The interval for a healthy poll before jitter, measured as if polled at the newest item.</summary>
    public TimeSpan Interval(PollTiming timing)
    {
        var newest = timing.ItemDates.Count > 0 ? timing.ItemDates.Max() : DateTimeOffset.UnixEpoch;
        var pace = PaceOf(timing.ItemDates, newest) ?? timing.PreviousInterval ?? _options.DefaultInterval;
        var floor = Max(timing.Ttl, timing.UpdatePeriod, timing.FreshFor);
        return Clamp(pace > floor ? pace : floor, _options.MaxInterval);
    }

    /// <summary>
    /// Why a failing feed should be disabled now, or null while it may keep trying: it has not had a success for
    /// <see cref="SchedulingOptions.DisableAfter"/>.
    /// </summary>
    public string? DisableReason(DateTimeOffset failingSince, int errorCount, string lastError, DateTimeOffset now) =>
        now - failingSince >= _options.DisableAfter
            ? $"Failing since {failingSince:u} ({errorCount} errors in a row, more than Scheduling:DisableAfter = {_options.DisableAfter}); last error: {lastError}"
            : null;

    private TimeSpan Backoff(int errorCount)
    {
        var exponent = Math.Clamp(errorCount - 1, 0, 30);
        var ticks = Math.Min(_options.ErrorBackoff.Ticks * Math.Pow(2, exponent), _options.MaxInterval.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// Half the median gap between the newest items, or a quarter of the silence since the newest item when that
    /// is longer: a feed that publishes hourly is polled every 30 minutes, one that went quiet is polled less and
    /// less, and the first new item brings it back to its pace.
    /// </summary>
    private static TimeSpan? PaceOf(IReadOnlyList<DateTimeOffset> dates, DateTimeOffset now)
    {
        if (dates.Count < 3)
            return null;
        var newest = dates.Where(d => d <= now).OrderDescending().Take(20).ToList();
        if (newest.Count < 3)
            return null;
        var gaps = newest.Zip(newest.Skip(1), (a, b) => a - b).Where(g => g > TimeSpan.Zero).Order().ToList();
        if (gaps.Count == 0)
            return null;
        var pace = gaps[gaps.Count / 2] / 2;
        var silence = (now - newest[0]) / 4;
        return silence > pace ? silence : pace;
    }

    private TimeSpan Clamp(TimeSpan interval, TimeSpan max)
    {
        if (interval < _options.MinInterval)
            return _options.MinInterval;
        return interval > max ? max : interval;
    }

    private static TimeSpan Max(params TimeSpan?[] values)
    {
        var max = TimeSpan.Zero;
        foreach (var value in values)
        {
            if (value is { } v && v > max)
                max = v;
        }
        return max;
    }

    private enum Spread { Both, Later, Earlier }

    private TimeSpan Jittered(TimeSpan interval, long feedId, DateTimeOffset now, Spread spread)
    {
        if (_options.Jitter <= 0)
            return interval;
        // SplitMix64 over the feed id and the minute of the poll: spread out, but reproducible.
        var hash = (ulong)feedId * 0x9E3779B97F4A7C15UL + (ulong)(now.UtcTicks / TimeSpan.TicksPerMinute);
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        var unit = (hash >> 11) * (1.0 / (1UL << 53)); // [0, 1)
        var factor = spread switch
        {
            Spread.Later => 1 + _options.Jitter * unit,
            Spread.Earlier => 1 - _options.Jitter * unit,
            _ => 1 + _options.Jitter * (unit * 2 - 1),
        };
        return TimeSpan.FromTicks((long)(interval.Ticks * factor));
    }
}
