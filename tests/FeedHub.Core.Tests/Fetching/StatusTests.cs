using System.Globalization;
using FeedHub.Fetching;
using FeedHub.Testing;

namespace FeedHub.Core.Tests.Fetching;

public sealed class StatusTests : FetchTestBase
{
    [Fact]
    public async Task Gone_IsItsOwnOutcome()
    {
        Server.Map("feed", FaultResponses.Status(410));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "feed");

        result.Outcome.Should().Be(FetchOutcome.Gone);
        result.StatusCode.Should().Be(410);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task NotFoundAndServerErrors_AreFailures(int status)
    {
        Server.Map("feed", FaultResponses.Status(status));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "feed");

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.StatusCode.Should().Be(status);
        result.Error.Should().Contain(status.ToString(CultureInfo.InvariantCulture));
        result.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task ServiceUnavailable_HonoursRetryAfterInSeconds()
    {
        Server.Map("feed", FaultResponses.Status(503, "120"));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "feed");

        result.Outcome.Should().Be(FetchOutcome.Failed);
        result.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        result.Deferred.Should().BeFalse();
    }

    [Fact]
    public async Task ServiceUnavailable_HonoursRetryAfterAsADate()
    {
        var date = Time.GetUtcNow().AddMinutes(90).ToString("r", CultureInfo.InvariantCulture);
        Server.Map("feed", FaultResponses.Status(503, date));
        using var fetcher = Fetcher();

        var result = await FetchAsync(fetcher, "feed");

        result.RetryAfter.Should().Be(TimeSpan.FromMinutes(90));
    }

    [Fact]
    public async Task ServiceUnavailable_DoesNotHoldBackTheHostsOtherFeeds()
    {
        Server.Map("busy", FaultResponses.Status(503, "600"));
        Server.MapBytes("other", Feed);
        using var fetcher = Fetcher();

        await FetchAsync(fetcher, "busy");
        var other = await FetchAsync(fetcher, "other");

        other.Outcome.Should().Be(FetchOutcome.Content);
    }

    [Fact]
    public async Task TooManyRequests_SlowsEveryFeedOfThatHost_UntilRetryAfterRunsOut()
    {
        Server.Map("a", FaultResponses.Status(429, "300"));
        Server.MapBytes("b", Feed);
        using var fetcher = Fetcher();

        var refused = await FetchAsync(fetcher, "a");
        var deferred = await FetchAsync(fetcher, "b");
        var otherHost = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://localhost:{Server.BaseAddress.Port}/b")), Bound);
        Time.Advance(TimeSpan.FromSeconds(299));
        var stillDeferred = await FetchAsync(fetcher, "b");
        Time.Advance(TimeSpan.FromSeconds(2));
        var allowed = await FetchAsync(fetcher, "b");

        refused.Outcome.Should().Be(FetchOutcome.Failed);
        refused.StatusCode.Should().Be(429);
        refused.RetryAfter.Should().Be(TimeSpan.FromSeconds(300));
        deferred.Outcome.Should().Be(FetchOutcome.Failed);
        deferred.Deferred.Should().BeTrue();
        deferred.RetryAfter.Should().Be(TimeSpan.FromSeconds(300));
        otherHost.Outcome.Should().Be(FetchOutcome.Content, "another host name is another host");
        stillDeferred.Deferred.Should().BeTrue();
        stillDeferred.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
        allowed.Outcome.Should().Be(FetchOutcome.Content);
        Server.CountRequests("b").Should().Be(2, "one through localhost, one after the pause; none while it lasted");
    }

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_PausesTheHostForTheDefault()
    {
        Server.Map("a", FaultResponses.Status(429));
        using var fetcher = Fetcher(o => o.DefaultRetryAfter = TimeSpan.FromMinutes(2));

        var refused = await FetchAsync(fetcher, "a");
        var deferred = await FetchAsync(fetcher, "a");

        refused.RetryAfter.Should().Be(TimeSpan.FromMinutes(2));
        deferred.Deferred.Should().BeTrue();
        Server.CountRequests("a").Should().Be(1);
    }
}
