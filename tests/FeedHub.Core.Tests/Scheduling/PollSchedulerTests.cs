using FeedHub.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace FeedHub.Core.Tests.Scheduling;

public sealed class PollSchedulerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SchedulingOptions _options = new();
    private PollScheduler Scheduler => new(_options);
    private DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Items published every <paramref name="gap"/>, the newest <paramref name="quietFor"/> ago.</summary>
    private List<DateTimeOffset> Items(TimeSpan gap, int count = 20, TimeSpan quietFor = default) =>
        Enumerable.Range(0, count).Select(i => Now - quietFor - gap * i).ToList();

    private TimeSpan Wait(long feedId, PollTiming timing) => Scheduler.NextPoll(feedId, timing, Now) - Now;

    [Theory]
    [InlineData(60, 30)]
    [InlineData(240, 120)]
    [InlineData(24 * 60, 12 * 60)]
    public void HealthyFeed_IsPolledAtHalfItsGapBetweenItems(int gapMinutes, int expectedMinutes)
    {
        var wait = Wait(1, new PollTiming { ItemDates = Items(TimeSpan.FromMinutes(gapMinutes)) });

        wait.Should().BeCloseTo(TimeSpan.FromMinutes(expectedMinutes), TimeSpan.FromMinutes(expectedMinutes * 0.1));
    }

    [Theory]
    [InlineData(1, 5)]              // a feed publishing every minute: the minimum
    [InlineData(10 * 24 * 60, 24 * 60)] // one item every ten days: the maximum
    public void Interval_IsClampedBetweenFiveMinutesAndADay(int gapMinutes, int boundMinutes)
    {
        var wait = Wait(7, new PollTiming { ItemDates = Items(TimeSpan.FromMinutes(gapMinutes)) });

        wait.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(5)).And.BeLessThanOrEqualTo(TimeSpan.FromHours(24));
        wait.Should().BeCloseTo(TimeSpan.FromMinutes(boundMinutes), TimeSpan.FromMinutes(boundMinutes * 0.1));
    }

    [Fact]
    public void FeedThatWentQuiet_IsPolledLessOften()
    {
        var busy = Wait(3, new PollTiming { ItemDates = Items(TimeSpan.FromHours(1)) });
        var quiet = Wait(3, new PollTiming { ItemDates = Items(TimeSpan.FromHours(1), quietFor: TimeSpan.FromHours(16)) });

        busy.Should().BeLessThan(TimeSpan.FromMinutes(40));
        quiet.Should().BeCloseTo(TimeSpan.FromHours(4), TimeSpan.FromMinutes(25));
    }

    [Fact]
    public void TooFewDatedItems_UseThePreviousInterval_ThenTheDefault()
    {
        var previous = Wait(4, new PollTiming { ItemDates = Items(TimeSpan.FromHours(1), count: 2), PreviousInterval = TimeSpan.FromHours(3) });
        var fallback = Wait(4, new PollTiming());

        previous.Should().BeCloseTo(TimeSpan.FromHours(3), TimeSpan.FromMinutes(18));
        fallback.Should().BeCloseTo(_options.DefaultInterval, _options.DefaultInterval * 0.1);
    }

    public static TheoryData<string, PollTiming> PublisherFloors => new()
    {
        { "RSS ttl", new PollTiming { Ttl = TimeSpan.FromHours(2) } },
        { "sy:updatePeriod", new PollTiming { UpdatePeriod = TimeSpan.FromHours(2) } },
        { "Cache-Control max-age", new PollTiming { FreshFor = TimeSpan.FromHours(2) } },
        { "Retry-After", new PollTiming { RetryAfter = TimeSpan.FromHours(2) } },
    };

    [Theory]
    [MemberData(nameof(PublisherFloors))]
    public void PublisherHints_AreNeverUndercut_EvenByJitter(string hint, PollTiming floor)
    {
        // A feed publishing every 10 minutes would be polled every 5; the publisher asks for 2 hours.
        var timing = floor with { ItemDates = Items(TimeSpan.FromMinutes(10)) };

        for (var feedId = 1; feedId <= 200; feedId++)
        {
            var wait = Wait(feedId, timing);
            wait.Should().BeGreaterThanOrEqualTo(TimeSpan.FromHours(2), hint).And.BeLessThanOrEqualTo(TimeSpan.FromHours(2.2), hint);
        }
    }

    [Fact]
    public void ShortPublisherHints_DoNotSpeedUpASlowFeed()
    {
        var wait = Wait(5, new PollTiming { ItemDates = Items(TimeSpan.FromHours(8)), Ttl = TimeSpan.FromMinutes(1), FreshFor = TimeSpan.Zero });

        wait.Should().BeCloseTo(TimeSpan.FromHours(4), TimeSpan.FromMinutes(24));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(5, 80)]
    [InlineData(9, 24 * 60)]
    [InlineData(40, 24 * 60)]
    public void Errors_BackOffExponentially_UpToTheMaximum(int errorCount, int expectedMinutes)
    {
        var wait = Wait(11, new PollTiming { Failed = true, ErrorCount = errorCount });

        wait.Should().BeCloseTo(TimeSpan.FromMinutes(expectedMinutes), TimeSpan.FromMinutes(expectedMinutes * 0.1));
        wait.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(5)).And.BeLessThanOrEqualTo(TimeSpan.FromHours(24));
    }

    [Fact]
    public void FailureWithRetryAfter_WaitsAtLeastThatLong_ButNotBeyondAWeek()
    {
        var twoDays = Wait(12, new PollTiming { Failed = true, ErrorCount = 1, RetryAfter = TimeSpan.FromDays(2) });
        var aMonth = Wait(12, new PollTiming { Failed = true, ErrorCount = 1, RetryAfter = TimeSpan.FromDays(30) });

        twoDays.Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(2)).And.BeLessThan(TimeSpan.FromDays(2.3));
        aMonth.Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(7)).And.BeLessThan(TimeSpan.FromDays(7.8));
    }

    [Fact]
    public void Jitter_SpreadsFeedsWithTheSameCadence()
    {
        var timing = new PollTiming { ItemDates = Items(TimeSpan.FromHours(4)) };

        var waits = Enumerable.Range(1, 1000).Select(id => Wait(id, timing).TotalMinutes).ToList();

        waits.Should().OnlyContain(w => w >= 108 && w <= 132);
        waits.Distinct().Count().Should().BeGreaterThan(990);
        waits.Count(w => w < 120).Should().BeInRange(400, 600, "jitter goes both ways around the interval");
        var buckets = waits.GroupBy(w => (int)((w - 108) / 2.4)).Select(g => g.Count()).ToList();
        buckets.Should().HaveCount(10).And.OnlyContain(c => c > 50, "spread evenly, not clumped");
    }

    [Fact]
    public void Jitter_IsReproducible_AndChangesFromPollToPoll()
    {
        var timing = new PollTiming { ItemDates = Items(TimeSpan.FromHours(2)) };

        var first = Wait(42, timing);
        var again = Wait(42, timing);
        _time.Advance(TimeSpan.FromMinutes(1));
        var later = Scheduler.NextPoll(42, timing with { ItemDates = Items(TimeSpan.FromHours(2)) }, Now) - Now;

        again.Should().Be(first);
        later.Should().NotBe(first);
    }

    [Fact]
    public void FeedFailingForAWeek_IsDisabledWithItsReason()
    {
        var scheduler = Scheduler;
        var failingSince = Now;
        var errors = 0;
        string? reason = null;
        while (reason is null && errors < 1000)
        {
            errors++;
            reason = scheduler.DisableReason(failingSince, errors, "HTTP 500 Internal Server Error", Now);
            if (reason is null)
                _time.SetUtcNow(scheduler.NextPoll(99, new PollTiming { Failed = true, ErrorCount = errors }, Now));
        }

        (Now - failingSince).Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(7));
        (Now - failingSince).Should().BeLessThan(TimeSpan.FromDays(8.2), "the last back-off is at most a day and a bit");
        errors.Should().BeInRange(10, 20, "backing off, a week of failures is a handful of polls, not thousands");
        reason.Should().Contain("Scheduling:DisableAfter").And.Contain("HTTP 500 Internal Server Error").And.Contain(errors + " errors");
    }

    [Fact]
    public void DisableAfter_IsConfigurable()
    {
        _options.DisableAfter = TimeSpan.FromDays(1);
        var since = Now;
        _time.Advance(TimeSpan.FromHours(23));
        Scheduler.DisableReason(since, 5, "timeout", Now).Should().BeNull();
        _time.Advance(TimeSpan.FromHours(1));
        Scheduler.DisableReason(since, 6, "timeout", Now).Should().NotBeNull();
    }

    [Fact]
    public void BadOptions_AreRefusedNamingTheKey()
    {
        var create = () => new PollScheduler(new SchedulingOptions { MinInterval = TimeSpan.FromHours(2), MaxInterval = TimeSpan.FromHours(1) });

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Scheduling:MaxInterval*");
    }
}
